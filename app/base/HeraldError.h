#pragma once

#include <QString>

#include <stdexcept>

namespace Herald {

// The one exception type of the core. Its message is written for the person using Herald:
// it says what went wrong and where, so front ends can show it as it is. Details, when there
// are any, are what a developer or an administrator needs (the SQL statement, the library's own
// words): front ends keep them out of the message and show them on request.
class HeraldError : public std::runtime_error {
public:
    explicit HeraldError(const QString& message, const QString& details = {});
    QString message() const { return m_message; }
    QString details() const { return m_details; }

private:
    QString m_message;
    QString m_details;
};

} // namespace Herald
