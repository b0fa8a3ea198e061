#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Herald {

template <typename E> struct EnumEntry {
    E value;
    QStringView key;   // stable: used in files, the database and the CLI; never changes once shipped
    const char* label; // English label for people, marked with QT_TRANSLATE_NOOP and translated on use
};

// A fixed table between an enum, its stable keys and its translated labels.
template <typename E, std::size_t N> class EnumKeys {
public:
    constexpr EnumKeys(const char* context, std::array<EnumEntry<E>, N> entries)
        : m_context(context)
        , m_entries(entries)
    {
    }

    QString key(E value) const
    {
        for (const auto& e : m_entries)
            if (e.value == value)
                return e.key.toString();
        return {};
    }

    QString label(E value) const
    {
        for (const auto& e : m_entries)
            if (e.value == value)
                return QCoreApplication::translate(m_context, e.label);
        return {};
    }

    std::optional<E> fromKey(QStringView key) const
    {
        for (const auto& e : m_entries)
            if (e.key == key)
                return e.value;
        return std::nullopt;
    }

    std::array<E, N> values() const
    {
        std::array<E, N> out{};
        for (std::size_t i = 0; i < N; ++i)
            out[i] = m_entries[i].value;
        return out;
    }

private:
    const char* m_context;
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace Herald
