#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qronos {

/// A JSON value that keeps what the exchange formats need and QJsonValue does not: the order of object members,
/// duplicate keys, and where each value starts in the text (1-based line and column). Internal to exchange/.
struct JsonTree
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    struct Member;

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString text;          ///< a string's value; a number's source text when read
    QList<JsonTree> items; ///< an array's
    QList<Member> members; ///< an object's, in order
    int line = 0;
    int column = 0;

    static JsonTree null() { return {}; }
    static JsonTree fromBool(bool b);
    static JsonTree fromInteger(qint64 n);
    static JsonTree fromNumber(double d);
    static JsonTree fromString(const QString &s);
    static JsonTree array(QList<JsonTree> items = {});
    static JsonTree object();
    /// A QJsonValue with its object keys in \a order first (those present), then the others sorted.
    static JsonTree fromJson(const QJsonValue &value, const QStringList &order = {});

    /// The first member named \a key, or null.
    const JsonTree *member(const QString &key) const;
    JsonTree &add(const QString &key, JsonTree value);
    bool isScalar() const { return type != Type::Array && type != Type::Object; }
    /// A number that is a whole value a double holds exactly (|n| <= 2^53).
    bool isInteger() const;
    QJsonValue toJson() const;

    /// Indented text: two spaces per level, arrays of scalars on one line, no trailing newline. With \a level, as
    /// the value is written that deep inside another (its inner lines indented for it; the first line is not).
    QByteArray pretty(int level = 0) const;
    /// One line: {"a": 1, "b": [1, 2]}.
    QString compact() const;
    /// "a string", "a number", ...: for messages.
    QString typeName() const;
};

struct JsonTree::Member
{
    QString key;
    JsonTree value;
    int line = 0; ///< where the key starts
    int column = 0;
};

/// Reads JSON text into a JsonTree, tracking positions. Stops at the first syntax error (reported with its line
/// and column and the path of the value being read); every duplicate key is reported too (the first one is kept).
class JsonTreeReader final
{
public:
    struct Problem
    {
        QString path;
        int line = 0;
        int column = 0;
        QString message;
    };

    JsonTreeReader(int maxDepth, qsizetype maxBytes) : m_maxDepth(maxDepth), m_maxBytes(maxBytes) {}
    /// False on a syntax error (the tree is then partial).
    bool read(const QByteArray &text, JsonTree *tree);
    const QList<Problem> &problems() const { return m_problems; }

private:
    bool value(JsonTree *out, const QString &path, int depth);
    bool string(QString *out, const QString &path);
    bool number(JsonTree *out, const QString &path);
    bool literal(const char *word, const QString &path);
    void skipSpace();
    void advance();
    bool syntaxError(const QString &path, const QString &message);
    QString found() const;

    int m_maxDepth;
    qsizetype m_maxBytes;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QList<Problem> m_problems;
};

/// "$.triggers[3]" + ".cron"; keys that are not identifiers are written ["key"].
QString jsonPathMember(const QString &path, const QString &key);
QString jsonPathIndex(const QString &path, qsizetype index);

} // namespace Qronos
