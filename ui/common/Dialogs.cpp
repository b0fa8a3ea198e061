#include "common/Dialogs.h"

#include "base/HeraldError.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace Herald::Dialogs {

namespace {
std::optional<bool> nextConfirm;
std::optional<std::optional<QString>> nextText;
std::optional<std::optional<QString>> nextFile;
QList<std::optional<QString>> nextPassphrases; // a queue: one decision may ask several
QStringList shownErrors;
bool answeredByTest()
{
    return nextConfirm.has_value() || nextText.has_value() || nextFile.has_value() ||
           !nextPassphrases.isEmpty();
}
} // namespace

void showError(QWidget* parent, const QString& title, const QString& message)
{
    shownErrors << message;
    if (answeredByTest() || qEnvironmentVariableIsSet("HERALD_NO_MODAL"))
        return;
    QMessageBox::warning(parent, title, message);
}

std::optional<QString> attempt(QWidget* parent, const QString& title, const std::function<void()>& action)
{
    try {
        action();
        return std::nullopt;
    } catch (const HeraldError& error) {
        showError(parent, title, error.message());
        return error.message();
    }
}

bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& yesText)
{
    if (nextConfirm) {
        const bool answer = *nextConfirm;
        nextConfirm.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label)
{
    if (nextText) {
        auto answer = *nextText;
        nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> askPassphrase(QWidget* parent, const QString& title, const QString& prompt)
{
    if (!nextPassphrases.isEmpty())
        return nextPassphrases.takeFirst();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, prompt, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (nextFile)
        return *std::exchange(nextFile, std::nullopt);
    const QString path = QFileDialog::getOpenFileName(parent, title, QString(), filter);
    return path.isEmpty() ? std::nullopt : std::optional(path);
}

std::optional<QString> saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter)
{
    if (nextFile)
        return *std::exchange(nextFile, std::nullopt);
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    return path.isEmpty() ? std::nullopt : std::optional(path);
}

void setNextFile(std::optional<QString> path)
{
    nextFile = std::move(path);
}

void setNextConfirm(bool answer)
{
    nextConfirm = answer;
}

void setNextText(std::optional<QString> text)
{
    nextText = std::move(text);
}

void setNextPassphrase(std::optional<QString> passphrase)
{
    nextPassphrases.append(std::move(passphrase));
}

QStringList takeShownErrors()
{
    return std::exchange(shownErrors, {});
}

} // namespace Herald::Dialogs
