#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Qronos {

/// The outcome of a call that can fail: either a value or a message a person can act on.
/// Engine calls return this instead of throwing; nothing throws across threads or the event loop.
template <typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    /// Empty when ok().
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// For calls that produce nothing but can fail.
struct Done final {};

/// Shorthand for a failed result of any type: `return fail(tr("..."))` converts to Result<T>.
struct Failure final
{
    QString message;
    template <typename T>
    operator Result<T>() const { return Result<T>::failure(message); }
};

inline Failure fail(QString message) { return Failure{std::move(message)}; }

/// For chains of checks: moves \a r's value to \a out and returns true, or puts its error in \a error and returns
/// false, e.g. `if (!take(reader.text(key), &spec.text, &error) || !take(...)) return fail(error);`.
template <typename T>
bool take(Result<T> r, T *out, QString *error)
{
    if (!r) {
        *error = r.error();
        return false;
    }
    *out = std::move(r).value();
    return true;
}

} // namespace Qronos
