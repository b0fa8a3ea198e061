#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QTextBrowser;

namespace Herald {

// A Slack message from the Herald app as Slack draws it: square avatar, app name with the APP
// badge and the time, then each Block Kit block (header, sections, dividers, context) in order,
// and under it the notification text people see in their notification.
class SlackPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SlackPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Slack; }
    void showMessage(const ChannelMessage* message) override;
    // Slack mrkdwn (*bold*, _italic_, ~strike~, `code`, <url|text>, entities) as HTML.
    static QString mrkdwnToHtml(const QString& mrkdwn);
    // The blocks of a Block Kit payload as HTML, in Slack's look.
    static QString blocksToHtml(const QByteArray& wire);

private:
    QTextBrowser* m_view;
    QLabel* m_notification;
};

} // namespace Herald
