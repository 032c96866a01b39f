#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace fc {

// What every operation that can fail returns: success, or a message for the person that says
// what failed and where, already translated. One type for the whole app, so a failure reads the
// same whether it comes from the journal, an import or a file write.
//
//     if (const Result saved = store.save(note); !saved)
//         showError(saved.message());
class [[nodiscard]] Result
{
public:
    Result() = default; // success

    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_message = std::move(message);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    // Empty on success.
    const QString &message() const { return m_message; }

private:
    bool m_failed = false;
    QString m_message;
};

// Ends a failed operation: `return fail(tr("The journal is not open."));`.
inline Result fail(QString message)
{
    return Result::failure(std::move(message));
}

// A value, or the Result saying why there is none. A failed Result converts to it, so a function
// returning Expected<T> can pass on the failure of a step: `if (!r) return r;`.
template<typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) // NOLINT(google-explicit-constructor): `return value;` reads best
        : m_value(std::move(value))
    {}
    Expected(Result failure) // NOLINT(google-explicit-constructor): `return fail(...);`
        : m_result(std::move(failure))
    {
        if (m_result.ok()) // a success without a value is a programming error; keep it visible
            m_result = Result::failure(QStringLiteral("internal error: no value"));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_result.message(); }
    const Result &result() const { return m_result; }

    // Only when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    std::optional<T> m_value;
    Result m_result;
};

} // namespace fc
