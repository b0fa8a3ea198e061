#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace Herald::Test {

// The child widget a GUI test drives, by object name; a test without it cannot go on.
template <typename T> T* findWidget(const QObject* parent, const QString& name)
{
    T* child = parent->findChild<T*>(name);
    if (!child)
        qFatal("No %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

} // namespace Herald::Test
