#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace Herald::Dialogs {

// Every modal question Herald asks goes through here, so tests can answer without a modal
// loop (as KeePassXC's MessageBox::setNextAnswer does).
void showError(QWidget* parent, const QString& title, const QString& message);
// Runs an action of the core; if it refuses (HeraldError), shows why under `title` and returns
// the message, otherwise nullopt.
std::optional<QString> attempt(QWidget* parent, const QString& title, const std::function<void()>& action);
bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& yesText);
// nullopt when cancelled.
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);

// A passphrase, asked in a masked field; nullopt when cancelled. `prompt` says who is asked
// and for which decision.
std::optional<QString> askPassphrase(QWidget* parent, const QString& title, const QString& prompt);

// A file to read or write; nullopt when cancelled. filter as QFileDialog takes it.
std::optional<QString> openFile(QWidget* parent, const QString& title, const QString& filter);
std::optional<QString> saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter);

// Test seams: the next call answers at once with this value instead of opening a dialog.
void setNextConfirm(bool answer);
void setNextText(std::optional<QString> text);
// Queued: each call answers one more passphrase question, in order.
void setNextPassphrase(std::optional<QString> passphrase);
// The next file dialog (open or save) answers with this path, or as cancelled with nullopt.
void setNextFile(std::optional<QString> path);
// Errors shown since the last call (tests assert on them; shown ones are recorded too).
QStringList takeShownErrors();

} // namespace Herald::Dialogs
