#include "settings/AllowedNetworksEditor.h"

#include "base/HeraldError.h"
#include "common/Palette.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

AllowedNetworksEditor::AllowedNetworksEditor(Session& session, qint64 actorId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actorId(actorId)
{
    m_ranges = new QLineEdit(session.allowedNetworks().toText());
    m_ranges->setObjectName(u"allowedNetworks"_s);
    m_ranges->setPlaceholderText(tr("none (e.g. 10.20.0.0/16, fd00:1::/64)"));
    m_ranges->setToolTip(tr("Herald refuses to connect to private, link-local and similar addresses, "
                            "so that an address typed into an endpoint cannot reach into your network. "
                            "List the ranges an endpoint of yours really lives in."));
    auto* allow = new QPushButton(tr("Allow"));
    allow->setObjectName(u"allowNetworksButton"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"allowedNetworksMessage"_s);
    auto* label = new QLabel(tr("Private networks senders may reach:"));
    label->setBuddy(m_ranges);
    connect(allow, &QPushButton::clicked, this, &AllowedNetworksEditor::apply);
    connect(m_ranges, &QLineEdit::returnPressed, this, &AllowedNetworksEditor::apply);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_ranges, 1);
    layout->addWidget(allow);
    layout->addWidget(m_message);
}

void AllowedNetworksEditor::apply()
{
    try {
        m_session.setAllowedNetworks(m_ranges->text(), m_actorId);
        m_ranges->setText(m_session.allowedNetworks().toText());
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Saved"));
    } catch (const HeraldError& error) {
        m_message->setStyleSheet(u"color: %1;"_s.arg(Palette::bad().name()));
        m_message->setText(error.message());
    }
}

} // namespace Herald
