#include "passwordcommand.h"

#include "ctlsupport.h"
#include "keychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace Qronos::Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

bool isTerminal(std::FILE *f)
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(f));
#else
    return isatty(fileno(f));
#endif
}

#if defined(Q_OS_UNIX)
// The terminal's settings before echo was turned off, restored by the signal handler when the user presses Ctrl-C
// at the prompt: a shell left without echo is worse than no password.
int g_ttyFd = -1;
termios g_ttySaved;

extern "C" void restoreEchoAndDie(int signal)
{
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSANOW, &g_ttySaved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

/// Turns the terminal's echo off for its lifetime.
class EchoOff final
{
public:
    explicit EchoOff(std::FILE *in)
    {
#if defined(Q_OS_UNIX)
        m_fd = fileno(in);
        if (tcgetattr(m_fd, &m_saved) != 0) {
            m_fd = -1;
            return;
        }
        g_ttyFd = m_fd;
        g_ttySaved = m_saved;
        m_oldInt = std::signal(SIGINT, restoreEchoAndDie);
        m_oldTerm = std::signal(SIGTERM, restoreEchoAndDie);
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(m_fd, TCSAFLUSH, &quiet);
#elif defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
        else
            m_handle = nullptr;
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_UNIX)
        if (m_fd < 0)
            return;
        tcsetattr(m_fd, TCSANOW, &m_saved);
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        g_ttyFd = -1;
#elif defined(Q_OS_WIN)
        if (m_handle)
            SetConsoleMode(m_handle, m_mode);
        std::fputs("\n", stderr);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#if defined(Q_OS_UNIX)
    int m_fd = -1;
    termios m_saved{};
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
#elif defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#endif
};

/// One line typed at the terminal, without its newline; nullopt at end of input.
std::optional<QString> readLine(std::FILE *in)
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// Everything a pipe or file gives; trailing newlines are not part of the password (as in a password file).
QString readAll(std::FILE *in)
{
    QByteArray data;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0)
        data.append(buffer, qsizetype(n));
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

int passwordFailure(std::FILE *err, const QString &message, int code)
{
    print(err, Tr::tr("qronosctl password: %1\n").arg(message));
    return code;
}

/// The URL's identity only: a ?passwordFile= is not read, QRONOS_DB_PASSWORD* do not apply.
Result<DatabaseUrl> parseForKey(const QString &text)
{
    QUrl url(text.trimmed());
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("passwordFile"))) {
        query.removeAllQueryItems(QStringLiteral("passwordFile"));
        url.setQuery(query);
    }
    return DatabaseUrl::parse(url.toString(QUrl::FullyEncoded), QProcessEnvironment());
}

QString description()
{
    return Tr::tr(
        "Keeps the password of a PostgreSQL or MySQL/MariaDB database in the OS keychain (on Linux the Secret "
        "Service: GNOME Keyring, KWallet, ...; on macOS the Keychain; on Windows the Credential Manager), so that it "
        "never has to be in the URL, the environment or a file.\n"
        "\n"
        "Actions:\n"
        "  set     store the password: typed at the prompt (not shown, asked twice) or read from a pipe\n"
        "          (trailing newlines are not part of it)\n"
        "  delete  remove the stored password\n"
        "  check   say whether a password is stored, never printing it; exit code 0 when one is, 1 when not\n"
        "\n"
        "The entry has the service \"Qronos\" and as key the URL's identity without password and options:\n"
        "  postgresql://user@host:port/database   or   mysql://user@host:port/database\n"
        "(postgres:// counts as postgresql://, mariadb:// as mysql://; the default port is written out).\n"
        "\n"
        "A command that opens a store takes the password from, in this order: the URL, $QRONOS_DB_PASSWORD,\n"
        "the file named by ?passwordFile= or $QRONOS_DB_PASSWORD_FILE, the keychain. Without a keychain (no\n"
        "Secret Service on a headless server) it goes on without a password. A keychain call waits at most\n"
        "$QRONOS_KEYCHAIN_TIMEOUT seconds (default 10).");
}

} // namespace

int runPassword(const QStringList &arguments, const QString &databaseUrl, std::FILE *in, std::FILE *out,
                std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("set, delete or check."), Tr::tr("set|delete|check"));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("set") && action != QLatin1String("delete") && action != QLatin1String("check")))
        return passwordFailure(err, Tr::tr("give one action: set, delete or check (see qronosctl password --help)."),
                        ExitUsage);

    QString urlText = parser.isSet(db) ? parser.value(db) : databaseUrl;
    if (urlText.isEmpty())
        urlText = defaultDatabaseUrl();
    const Result<DatabaseUrl> url = parseForKey(urlText);
    if (!url)
        return passwordFailure(err, url.error(), ExitUsage);
    const QString key = Keychain::entryKey(*url);
    if (key.isEmpty())
        return passwordFailure(err,
                        Tr::tr("%1 is a SQLite database, which has no password; give a postgresql:// or mysql:// URL "
                               "with --db.")
                            .arg(url->toString()),
                        ExitUsage);

    if (action == QLatin1String("check")) {
        const Keychain::Outcome found = Keychain::readPassword(key);
        if (found.status == Keychain::Status::Failed)
            return passwordFailure(err, Tr::tr("cannot read the keychain: %1").arg(found.message), ExitFailure);
        if (found.status == Keychain::Status::NotFound) {
            print(out, Tr::tr("No password is stored in the keychain for %1.\n").arg(key));
            return ExitFailure;
        }
        print(out, Tr::tr("A password is stored in the keychain for %1.\n").arg(key));
        return ExitOk;
    }

    if (action == QLatin1String("delete")) {
        const Keychain::Outcome deleted = Keychain::deletePassword(key);
        if (deleted.status == Keychain::Status::Failed)
            return passwordFailure(err, Tr::tr("cannot delete the password: %1").arg(deleted.message), ExitFailure);
        if (deleted.status == Keychain::Status::NotFound)
            print(out, Tr::tr("No password was stored in the keychain for %1; nothing to delete.\n").arg(key));
        else
            print(out, Tr::tr("Deleted the password for %1 from the keychain.\n").arg(key));
        return ExitOk;
    }

    QString password;
    if (isTerminal(in)) {
        std::optional<QString> first;
        std::optional<QString> second;
        {
            // Echo off before the prompt: what is typed after it is never shown.
            EchoOff quiet(in);
            print(err, Tr::tr("Password for %1: ").arg(key));
            std::fflush(err);
            first = readLine(in);
            if (first) {
                print(err, Tr::tr("The same again: "));
                std::fflush(err);
                second = readLine(in);
            }
        }
        if (!first || !second)
            return passwordFailure(err, Tr::tr("no password was typed; nothing stored."), ExitUsage);
        if (*first != *second)
            return passwordFailure(err, Tr::tr("the two passwords differ; nothing stored."), ExitUsage);
        password = *first;
    } else {
        password = readAll(in);
    }
    if (password.isEmpty())
        return passwordFailure(err, Tr::tr("the password is empty; nothing stored."), ExitUsage);

    const Keychain::Outcome written = Keychain::writePassword(key, password);
    if (written.status != Keychain::Status::Ok)
        return passwordFailure(err, Tr::tr("cannot store the password in the keychain: %1").arg(written.message), ExitFailure);
    print(out,
          Tr::tr("Stored the password for %1 in the keychain (service \"%2\").\n").arg(key, Keychain::serviceName()));
    if (url->passwordSource() == DatabaseUrl::PasswordSource::Url)
        print(err, Tr::tr("Note: this URL carries a password of its own, which is used before the keychain's.\n"));
    return ExitOk;
}

} // namespace Qronos::Ctl
