#include "jsontree.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace Qronos {

namespace {

// The reader's messages belong to the format that uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ScheduleJson)
};

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

void appendQuoted(QString *out, const QString &s)
{
    out->append(QLatin1Char('"'));
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out->append(QLatin1String("\\\"")); break;
        case '\\': out->append(QLatin1String("\\\\")); break;
        case '\b': out->append(QLatin1String("\\b")); break;
        case '\f': out->append(QLatin1String("\\f")); break;
        case '\n': out->append(QLatin1String("\\n")); break;
        case '\r': out->append(QLatin1String("\\r")); break;
        case '\t': out->append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0x7f)
                out->append(QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                out->append(c);
        }
    }
    out->append(QLatin1Char('"'));
}

QString numberText(const JsonTree &t)
{
    if (t.isInteger())
        return QString::number(qint64(t.number));
    return QString::number(t.number, 'g', QLocale::FloatingPointShortest);
}

void writePretty(QString *out, const JsonTree &t, int level)
{
    switch (t.type) {
    case JsonTree::Type::Null: out->append(QLatin1String("null")); return;
    case JsonTree::Type::Bool: out->append(t.boolean ? QLatin1String("true") : QLatin1String("false")); return;
    case JsonTree::Type::Number: out->append(numberText(t)); return;
    case JsonTree::Type::String: appendQuoted(out, t.text); return;
    case JsonTree::Type::Array: {
        if (t.items.isEmpty()) {
            out->append(QLatin1String("[]"));
            return;
        }
        bool scalars = true;
        for (const JsonTree &item : t.items)
            scalars = scalars && item.isScalar();
        if (scalars) {
            out->append(t.compact());
            return;
        }
        const QString inner(2 * (level + 1), QLatin1Char(' '));
        out->append(QLatin1String("[\n"));
        for (qsizetype i = 0; i < t.items.size(); ++i) {
            out->append(inner);
            writePretty(out, t.items.at(i), level + 1);
            out->append(i + 1 < t.items.size() ? QLatin1String(",\n") : QLatin1String("\n"));
        }
        out->append(QString(2 * level, QLatin1Char(' '))).append(QLatin1Char(']'));
        return;
    }
    case JsonTree::Type::Object: {
        if (t.members.isEmpty()) {
            out->append(QLatin1String("{}"));
            return;
        }
        const QString inner(2 * (level + 1), QLatin1Char(' '));
        out->append(QLatin1String("{\n"));
        for (qsizetype i = 0; i < t.members.size(); ++i) {
            out->append(inner);
            appendQuoted(out, t.members.at(i).key);
            out->append(QLatin1String(": "));
            writePretty(out, t.members.at(i).value, level + 1);
            out->append(i + 1 < t.members.size() ? QLatin1String(",\n") : QLatin1String("\n"));
        }
        out->append(QString(2 * level, QLatin1Char(' '))).append(QLatin1Char('}'));
        return;
    }
    }
}

void writeCompact(QString *out, const JsonTree &t)
{
    switch (t.type) {
    case JsonTree::Type::Array:
        out->append(QLatin1Char('['));
        for (qsizetype i = 0; i < t.items.size(); ++i) {
            if (i > 0)
                out->append(QLatin1String(", "));
            writeCompact(out, t.items.at(i));
        }
        out->append(QLatin1Char(']'));
        return;
    case JsonTree::Type::Object:
        out->append(QLatin1Char('{'));
        for (qsizetype i = 0; i < t.members.size(); ++i) {
            if (i > 0)
                out->append(QLatin1String(", "));
            appendQuoted(out, t.members.at(i).key);
            out->append(QLatin1String(": "));
            writeCompact(out, t.members.at(i).value);
        }
        out->append(QLatin1Char('}'));
        return;
    default: writePretty(out, t, 0); return;
    }
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.at(0).isDigit())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

QString jsonPathMember(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + QLatin1Char('.') + key;
    QString quoted;
    appendQuoted(&quoted, key);
    return path + QLatin1Char('[') + quoted + QLatin1Char(']');
}

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

JsonTree JsonTree::fromBool(bool b)
{
    JsonTree t;
    t.type = Type::Bool;
    t.boolean = b;
    return t;
}

JsonTree JsonTree::fromInteger(qint64 n)
{
    JsonTree t;
    t.type = Type::Number;
    t.number = double(n);
    t.text = QString::number(n);
    return t;
}

JsonTree JsonTree::fromNumber(double d)
{
    JsonTree t;
    t.type = Type::Number;
    t.number = d;
    return t;
}

JsonTree JsonTree::fromString(const QString &s)
{
    JsonTree t;
    t.type = Type::String;
    t.text = s;
    return t;
}

JsonTree JsonTree::array(QList<JsonTree> items)
{
    JsonTree t;
    t.type = Type::Array;
    t.items = std::move(items);
    return t;
}

JsonTree JsonTree::object()
{
    JsonTree t;
    t.type = Type::Object;
    return t;
}

JsonTree JsonTree::fromJson(const QJsonValue &value, const QStringList &order)
{
    switch (value.type()) {
    case QJsonValue::Bool: return fromBool(value.toBool());
    case QJsonValue::Double: return fromNumber(value.toDouble());
    case QJsonValue::String: return fromString(value.toString());
    case QJsonValue::Array: {
        JsonTree t = array();
        for (const QJsonValue item : value.toArray())
            t.items << fromJson(item, order);
        return t;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        JsonTree t = object();
        for (const QString &key : order) {
            if (o.contains(key))
                t.add(key, fromJson(o.value(key), order));
        }
        for (auto it = o.begin(); it != o.end(); ++it) { // QJsonObject iterates sorted by key
            if (!order.contains(it.key()))
                t.add(it.key(), fromJson(it.value(), order));
        }
        return t;
    }
    default: return null();
    }
}

const JsonTree *JsonTree::member(const QString &key) const
{
    for (const Member &m : members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

JsonTree &JsonTree::add(const QString &key, JsonTree value)
{
    members.append(Member{key, std::move(value), 0, 0});
    return members.last().value;
}

bool JsonTree::isInteger() const
{
    return type == Type::Number && std::isfinite(number) && number == std::floor(number)
        && std::fabs(number) <= MaxExactInteger;
}

QJsonValue JsonTree::toJson() const
{
    switch (type) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return boolean;
    case Type::Number: return number;
    case Type::String: return text;
    case Type::Array: {
        QJsonArray a;
        for (const JsonTree &item : items)
            a.append(item.toJson());
        return a;
    }
    case Type::Object: {
        // Inserted in key order, each insert appends: no quadratic time for large objects. The first of
        // duplicate keys wins, as when reading.
        QList<const Member *> sorted;
        sorted.reserve(members.size());
        for (const Member &m : members)
            sorted.append(&m);
        std::stable_sort(sorted.begin(), sorted.end(), [](const Member *a, const Member *b) { return a->key < b->key; });
        QJsonObject o;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (i == 0 || sorted.at(i)->key != sorted.at(i - 1)->key)
                o.insert(sorted.at(i)->key, sorted.at(i)->value.toJson());
        }
        return o;
    }
    }
    return {};
}

QByteArray JsonTree::pretty(int level) const
{
    QString out;
    writePretty(&out, *this, level);
    return out.toUtf8();
}

QString JsonTree::compact() const
{
    QString out;
    writeCompact(&out, *this);
    return out;
}

QString JsonTree::typeName() const
{
    switch (type) {
    case Type::Null: return Tr::tr("null");
    case Type::Bool: return Tr::tr("a boolean");
    case Type::Number: return Tr::tr("a number");
    case Type::String: return Tr::tr("a string");
    case Type::Array: return Tr::tr("an array");
    case Type::Object: return Tr::tr("an object");
    }
    return {};
}

// ---- reader ---------------------------------------------------------------------------------------------------

bool JsonTreeReader::read(const QByteArray &text, JsonTree *tree)
{
    m_problems.clear();
    m_data = text.constData();
    m_size = text.size();
    m_pos = 0;
    m_line = 1;
    m_column = 1;
    const QString root = QStringLiteral("$");
    if (m_size > m_maxBytes) {
        m_problems.append({root, 0, 0, Tr::tr("the file is larger than %1 MiB").arg(m_maxBytes / (1024 * 1024))});
        return false;
    }
    if (m_size >= 3 && quint8(m_data[0]) == 0xEF && quint8(m_data[1]) == 0xBB && quint8(m_data[2]) == 0xBF)
        m_pos = 3; // a UTF-8 byte-order mark
    skipSpace();
    if (m_pos >= m_size)
        return syntaxError(root, Tr::tr("the file is empty: expected a JSON object"));
    if (!value(tree, root, 0))
        return false;
    skipSpace();
    if (m_pos < m_size)
        return syntaxError(root, Tr::tr("unexpected %1 after the end of the JSON value").arg(found()));
    return true;
}

void JsonTreeReader::advance()
{
    const quint8 c = quint8(m_data[m_pos++]);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // columns count characters, not UTF-8 continuation bytes
        ++m_column;
    }
}

void JsonTreeReader::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        advance();
    }
}

QString JsonTreeReader::found() const
{
    if (m_pos >= m_size)
        return Tr::tr("end of file");
    const quint8 c = quint8(m_data[m_pos]);
    if (c >= 0x20 && c < 0x7f)
        return QStringLiteral("\"%1\"").arg(QLatin1Char(char(c)));
    return Tr::tr("byte 0x%1").arg(int(c), 2, 16, QLatin1Char('0'));
}

bool JsonTreeReader::syntaxError(const QString &path, const QString &message)
{
    m_problems.append({path, m_line, m_column, message});
    return false;
}

bool JsonTreeReader::literal(const char *word, const QString &path)
{
    const qsizetype n = qsizetype(qstrlen(word));
    if (m_size - m_pos < n || qstrncmp(m_data + m_pos, word, n) != 0)
        return syntaxError(path, m_size - m_pos < n && qstrncmp(m_data + m_pos, word, m_size - m_pos) == 0
                                     ? Tr::tr("unexpected end of file (the file is truncated)")
                                     : Tr::tr("expected a value (object, array, string, number, true, false or "
                                              "null), found %1").arg(found()));
    for (qsizetype i = 0; i < n; ++i)
        advance();
    return true;
}

bool JsonTreeReader::value(JsonTree *out, const QString &path, int depth)
{
    skipSpace();
    out->line = m_line;
    out->column = m_column;
    if (m_pos >= m_size)
        return syntaxError(path, Tr::tr("unexpected end of file (the file is truncated)"));
    const char c = m_data[m_pos];
    if (c == '{' || c == '[') {
        if (depth >= m_maxDepth)
            return syntaxError(path, Tr::tr("nested deeper than %1 levels").arg(m_maxDepth));
        advance();
        const bool isObject = c == '{';
        out->type = isObject ? JsonTree::Type::Object : JsonTree::Type::Array;
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == (isObject ? '}' : ']')) {
            advance();
            return true;
        }
        QHash<QString, qsizetype> keys; // an object's keys, to find duplicates
        for (;;) {
            skipSpace();
            if (isObject) {
                if (m_pos >= m_size)
                    return syntaxError(path, Tr::tr("unexpected end of file (the file is truncated)"));
                if (m_data[m_pos] != '"')
                    return syntaxError(path, Tr::tr("expected a key in double quotes, found %1").arg(found()));
                JsonTree::Member member;
                member.line = m_line;
                member.column = m_column;
                if (!string(&member.key, path))
                    return false;
                const QString memberPath = jsonPathMember(path, member.key);
                skipSpace();
                if (m_pos >= m_size)
                    return syntaxError(memberPath, Tr::tr("unexpected end of file (the file is truncated)"));
                if (m_data[m_pos] != ':')
                    return syntaxError(memberPath, Tr::tr("expected \":\" after the key, found %1").arg(found()));
                advance();
                if (!value(&member.value, memberPath, depth + 1))
                    return false;
                // A hash, not a scan of the members: an object of a million keys must not take quadratic time.
                const auto first = keys.constFind(member.key);
                if (first != keys.cend()) {
                    const JsonTree::Member &other = out->members.at(*first);
                    m_problems.append({memberPath, member.line, member.column,
                                       Tr::tr("duplicate key \"%1\" (first at line %2, column %3)")
                                           .arg(member.key).arg(other.line).arg(other.column)});
                } else {
                    keys.insert(member.key, out->members.size());
                    out->members.append(std::move(member));
                }
            } else {
                JsonTree item;
                if (!value(&item, jsonPathIndex(path, out->items.size()), depth + 1))
                    return false;
                out->items.append(std::move(item));
            }
            skipSpace();
            if (m_pos >= m_size)
                return syntaxError(path, Tr::tr("unexpected end of file (the file is truncated)"));
            const char next = m_data[m_pos];
            if (next == ',') {
                advance();
                continue;
            }
            if (next == (isObject ? '}' : ']')) {
                advance();
                return true;
            }
            return syntaxError(path, isObject ? Tr::tr("expected \",\" or \"}\", found %1").arg(found())
                                              : Tr::tr("expected \",\" or \"]\", found %1").arg(found()));
        }
    }
    if (c == '"') {
        out->type = JsonTree::Type::String;
        return string(&out->text, path);
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return number(out, path);
    if (c == 't' || c == 'f') {
        out->type = JsonTree::Type::Bool;
        out->boolean = c == 't';
        return literal(c == 't' ? "true" : "false", path);
    }
    if (c == 'n') {
        out->type = JsonTree::Type::Null;
        return literal("null", path);
    }
    return syntaxError(path, Tr::tr("expected a value (object, array, string, number, true, false or null), found %1")
                                 .arg(found()));
}

bool JsonTreeReader::string(QString *out, const QString &path)
{
    advance(); // the opening quote
    QByteArray bytes;
    const auto hex4 = [this](uint *code) {
        if (m_size - m_pos < 4)
            return false;
        *code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_data[m_pos + i];
            const int digit = h >= '0' && h <= '9' ? h - '0'
                : h >= 'a' && h <= 'f'             ? h - 'a' + 10
                : h >= 'A' && h <= 'F'             ? h - 'A' + 10
                                                   : -1;
            if (digit < 0)
                return false;
            *code = *code * 16 + uint(digit);
        }
        for (int i = 0; i < 4; ++i)
            advance();
        return true;
    };
    for (;;) {
        if (m_pos >= m_size)
            return syntaxError(path, Tr::tr("unexpected end of file inside a string (the file is truncated)"));
        const quint8 c = quint8(m_data[m_pos]);
        if (c == '"') {
            advance();
            break;
        }
        if (c < 0x20)
            return syntaxError(path, Tr::tr("control character in a string (write it as an escape such as \\n)"));
        if (c != '\\') {
            bytes.append(char(c));
            advance();
            continue;
        }
        advance();
        if (m_pos >= m_size)
            return syntaxError(path, Tr::tr("unexpected end of file inside a string (the file is truncated)"));
        const char e = m_data[m_pos];
        const char *simple = nullptr;
        switch (e) {
        case '"': simple = "\""; break;
        case '\\': simple = "\\"; break;
        case '/': simple = "/"; break;
        case 'b': simple = "\b"; break;
        case 'f': simple = "\f"; break;
        case 'n': simple = "\n"; break;
        case 'r': simple = "\r"; break;
        case 't': simple = "\t"; break;
        default: break;
        }
        if (simple) {
            bytes.append(simple);
            advance();
            continue;
        }
        if (e != 'u')
            return syntaxError(path, Tr::tr("invalid escape \"\\%1\" in a string").arg(QLatin1Char(e >= 0x20 && e < 0x7f ? e : '?')));
        advance();
        uint code = 0;
        if (!hex4(&code))
            return syntaxError(path, Tr::tr("\"\\u\" must be followed by four hexadecimal digits"));
        if (code >= 0xD800 && code <= 0xDBFF) {
            uint low = 0;
            if (m_size - m_pos >= 2 && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u') {
                advance();
                advance();
                if (!hex4(&low))
                    return syntaxError(path, Tr::tr("\"\\u\" must be followed by four hexadecimal digits"));
            }
            if (low < 0xDC00 || low > 0xDFFF)
                return syntaxError(path, Tr::tr("unpaired surrogate \"\\u%1\" in a string").arg(code, 4, 16, QLatin1Char('0')));
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            return syntaxError(path, Tr::tr("unpaired surrogate \"\\u%1\" in a string").arg(code, 4, 16, QLatin1Char('0')));
        }
        const char32_t ch = char32_t(code);
        bytes.append(QString::fromUcs4(&ch, 1).toUtf8());
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    if (decoder.hasError())
        return syntaxError(path, Tr::tr("the string is not valid UTF-8"));
    return true;
}

bool JsonTreeReader::number(JsonTree *out, const QString &path)
{
    const qsizetype start = m_pos;
    const auto digits = [this] {
        qsizetype n = 0;
        while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9') {
            advance();
            ++n;
        }
        return n;
    };
    if (m_data[m_pos] == '-')
        advance();
    if (m_pos < m_size && m_data[m_pos] == '0') {
        advance();
    } else if (digits() == 0) {
        return syntaxError(path, Tr::tr("expected a digit, found %1").arg(found()));
    }
    if (m_pos < m_size && m_data[m_pos] == '.') {
        advance();
        if (digits() == 0)
            return syntaxError(path, Tr::tr("expected a digit after the decimal point, found %1").arg(found()));
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        advance();
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            advance();
        if (digits() == 0)
            return syntaxError(path, Tr::tr("expected a digit in the exponent, found %1").arg(found()));
    }
    const QByteArray text(m_data + start, m_pos - start);
    bool ok = false;
    out->type = JsonTree::Type::Number;
    out->number = text.toDouble(&ok);
    out->text = QString::fromLatin1(text);
    if (!ok || !std::isfinite(out->number)) {
        m_line = out->line;
        m_column = out->column;
        return syntaxError(path, Tr::tr("the number %1 is too large").arg(out->text));
    }
    return true;
}

} // namespace Qronos
