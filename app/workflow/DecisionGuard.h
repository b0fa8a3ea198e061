#pragma once

#include "domain/Person.h"

#include <QCoreApplication>

namespace Herald {

class Clock;
class Identity;
class Store;

// The checks every decision starts with: the identity was proven moments ago and belongs to a
// person who (still) exists and holds the role the decision needs.
class DecisionGuard {
    Q_DECLARE_TR_FUNCTIONS(DecisionGuard)

public:
    DecisionGuard(const Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    // Throws HeraldError; returns the person as stored now.
    Person require(const Identity& actor) const;
    Person require(const Identity& actor, Role role, const QString& what) const;

private:
    const Store& m_store;
    const Clock& m_clock;
};

} // namespace Herald
