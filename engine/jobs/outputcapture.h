#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Qronos {

/// Collects output up to a byte limit and counts what it had to drop, so that a chatty process or a
/// large HTTP body never holds more than the limit in memory.
class OutputCapture final
{
public:
    explicit OutputCapture(qsizetype maxBytes) : m_maxBytes(maxBytes < 0 ? 0 : maxBytes) {}

    void append(QByteArrayView bytes);
    bool isTruncated() const { return m_dropped > 0; }
    qint64 droppedBytes() const { return m_dropped; }
    /// The kept bytes as UTF-8 text, followed by "\n[output truncated: N more bytes]" when cut.
    QString text() const;

private:
    qsizetype m_maxBytes;
    QByteArray m_kept;
    qint64 m_dropped = 0;
};

} // namespace Qronos
