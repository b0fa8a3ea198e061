// herald: the desktop console.

#include "MainWindow.h"
#include "base/AppInfo.h"
#include "base/HeraldError.h"
#include "base/SystemClock.h"
#include "common/Dialogs.h"
#include "common/ScreenshotWriter.h"
#include "delivery/OutboxSettings.h"
#include "demo/DemoSeeder.h"
#include "identity/FirstAdministrator.h"
#include "session/Session.h"
#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
// No one can answer a dialog: no screen (offscreen, minimal) or a test said so.
bool noDialogs()
{
    const QString platform = QGuiApplication::platformName();
    return platform == u"offscreen"_s || platform == u"minimal"_s ||
           qEnvironmentVariableIsSet("HERALD_NO_MODAL");
}

// What a dialog says also goes to stderr: a terminal, a service log or a test sees it.
void printError(const QString& message)
{
    std::fputs(QString(u"herald: "_s + message + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// The database could not be opened: say what and where, and offer ways on. The damaged file
// is never touched. Returns the path to try next, or an empty string to quit.
QString recover(const DatabaseOpenError& error, const Clock& clock)
{
    QMessageBox box(QMessageBox::Critical, QObject::tr("Herald cannot open the database"), error.message());
    box.setInformativeText(QObject::tr("Choose how to go on. The file stays as it is."));
    QPushButton* another = box.addButton(QObject::tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(QObject::tr("Create New…"), QMessageBox::AcceptRole);
    QPushButton* restore = nullptr;
    if (!DatabaseBackup::backupsOf(error.path()).isEmpty())
        restore = box.addButton(QObject::tr("Restore Last Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    const QString dir = QFileInfo(error.path()).absolutePath();
    const QString filter = QObject::tr("Herald databases (*.sqlite *.db);;All files (*)");
    if (box.clickedButton() == another)
        return QFileDialog::getOpenFileName(nullptr, QObject::tr("Open Database"), dir, filter);
    if (box.clickedButton() == create)
        return QFileDialog::getSaveFileName(nullptr, QObject::tr("New Database"), dir, filter);
    if (restore && box.clickedButton() == restore) {
        try {
            const QString movedTo = DatabaseBackup::restoreLatest(error.path(), clock);
            QMessageBox::information(nullptr, QObject::tr("Backup restored"),
                                     QObject::tr("The damaged file was kept as %1.").arg(movedTo));
            return error.path();
        } catch (const HeraldError& e) {
            QMessageBox::critical(nullptr, QObject::tr("Restore failed"), e.message());
        }
    }
    return {};
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::apply();
    QApplication::setApplicationDisplayName(u"Herald"_s);
    QGuiApplication::setDesktopFileName(AppInfo::appId());
    // Outside a desktop session (offscreen, bare X11) there is no theme and no search path for
    // one; Breeze ships with KF6.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s) {
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() +
                                   QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"icons"_s,
                                                             QStandardPaths::LocateDirectory));
        QIcon::setThemeName(u"breeze"_s);
    }
    QTranslator translator;
    // English is the source language; its catalogue still carries the plural forms (%n).
    if (translator.load(QLocale(), u"herald"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(u"herald_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Incident communications console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"database"_s, QObject::tr("Open this database file instead of the default one."), u"PATH"_s});
    parser.addOption(
        {u"screenshots"_s, QObject::tr("Write a PNG of each main view into DIR and quit."), u"DIR"_s});
    parser.process(app);

    const SystemClock clock;
    QTemporaryDir scratch;
    QString path = parser.value(u"database"_s);
    const bool screenshots = parser.isSet(u"screenshots"_s);
    if (screenshots)
        path = scratch.filePath(u"demo.sqlite"_s);
    if (path.isEmpty())
        path = AppInfo::defaultDatabasePath();
    // First run (or screenshots): a living demo workspace rather than an empty window.
    const bool seedDemo = !QFile::exists(path) && (screenshots || !parser.isSet(u"database"_s));
    QDir().mkpath(QFileInfo(path).absolutePath());

    // A setting that does not parse falls back to its safe default; the person is told which.
    QString settingsProblem;
    const Dispatcher::Options outbox = OutboxSettings::load(&settingsProblem);
    if (!settingsProblem.isEmpty())
        printError(settingsProblem);
    if (!settingsProblem.isEmpty() && !screenshots && !noDialogs())
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Herald settings"),
                             settingsProblem);

    std::unique_ptr<Session> session;
    while (!session) {
        try {
            auto database = Database::open(path, clock);
            session = std::make_unique<Session>(database, clock, outbox);
            // The demo's webhook gets a signing secret so it can send; screenshots never send,
            // and leave the keychain alone.
            if (seedDemo && session->store().incidents().all().isEmpty()) {
                if (screenshots)
                    DemoSeeder::seed(session->store(), session->templates(), clock.now());
                else
                    session->seedDemo(clock.now(), [](const QString& error) {
                        if (!error.isEmpty())
                            qWarning("The demo's webhook has no signing secret: %s", qPrintable(error));
                    });
            }
        } catch (const DatabaseOpenError& error) {
            printError(error.message().contains(error.path())
                           ? error.message()
                           : u"%1: %2"_s.arg(error.path(), error.message()));
            if (screenshots || noDialogs())
                return 2;
            path = recover(error, clock);
            if (path.isEmpty())
                return 1;
        }
    }

    // The wording checks' severities and lists, as a team set them (see CheckSettings).
    const QString checks =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/checks.json"_s;
    if (const auto error = session->loadCheckSettings(checks); error && !screenshots)
        Dialogs::showError(
            nullptr, QObject::tr("Wording Checks"),
            QObject::tr("The wording check settings were not loaded; the defaults are in use.\n\n%1")
                .arg(*error));

    MainWindow window(*session, path);
    if (screenshots)
        return ScreenshotWriter::writeAll(window, parser.value(u"screenshots"_s)) > 0 ? 0 : 1;
    window.show();
    FirstAdministrator::setUp(window);
    return app.exec();
}
