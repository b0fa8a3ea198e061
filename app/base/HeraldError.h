#pragma once

#include <QString>

#include <stdexcept>

namespace Herald {

// The one exception type of the core. Its message is written for the person using Herald:
// it says what went wrong and where, so front ends can show it as it is.
class HeraldError : public std::runtime_error {
public:
    explicit HeraldError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Herald
