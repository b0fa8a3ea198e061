#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QPlainTextEdit;
class QToolButton;

namespace Herald {

// An email as a mail client shows it: a header block (From, To, Subject, Date), the HTML body,
// and a "Plain text" toggle showing the text/plain part that text-only readers get. The subject
// as it goes on the wire (RFC 2047) is in a small line under the header and in a tooltip.
class EmailPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit EmailPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Email; }
    void showMessage(const ChannelMessage* message) override;

private:
    void showPlainText(bool plain);

    QLabel* m_subject;
    QLabel* m_from;
    QLabel* m_to;
    QLabel* m_date;
    QLabel* m_encoded;
    QToolButton* m_plainToggle;
    QStackedWidget* m_bodies;
    QTextBrowser* m_body;
    QPlainTextEdit* m_plain;
};

} // namespace Herald
