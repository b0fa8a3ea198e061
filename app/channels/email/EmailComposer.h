#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// Subject, plain-text body and its HTML alternative (multipart/alternative, plain first).
//
// ChannelMessage: title = the subject as people read it (one line), text = the text/plain part
// (the rendered Markdown, which reads well as it is), html = the text/html part (md4c), and
// wire = JSON describing what goes on the wire:
//   {"subject": "<as read>", "encoded_subject": "<RFC 2047, folded with CRLF SPACE>",
//    "content_type": "multipart/alternative",
//    "parts": [{"content_type": "text/plain; charset=utf-8", "bytes": N, "body": "<text>"},
//              {"content_type": "text/html; charset=utf-8", "bytes": M, "body": "<html>"}]}
// with "bytes" the UTF-8 size of text and html: everything EmailSender needs to build the MIME
// message (sender, recipients and Message-ID come from the endpoint and the outbox row).
class EmailComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(EmailComposer)

public:
    ChannelKind channel() const override { return ChannelKind::Email; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Subject length on phones (advice) and RFC 5322's 998-octet line limit on the encoded
    // subject line (hard).
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;

    static constexpr int subjectAdvice = 60; // about what phones show before cutting it
    static constexpr int maxLineOctets = 998;
    static constexpr int subjectPrefix = 9; // "Subject: "
};

} // namespace Herald
