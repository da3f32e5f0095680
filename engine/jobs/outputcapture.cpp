#include "outputcapture.h"

namespace Qronos {

void OutputCapture::append(QByteArrayView bytes)
{
    const qsizetype room = m_maxBytes - m_kept.size();
    const qsizetype take = qMin(room, bytes.size());
    if (take > 0)
        m_kept.append(bytes.first(take));
    m_dropped += bytes.size() - take;
}

QString OutputCapture::text() const
{
    QString text = QString::fromUtf8(m_kept);
    if (m_dropped > 0) {
        // Not translated: history rows are searched for this marker.
        text += QLatin1String("\n[output truncated: ") + QString::number(m_dropped) + QLatin1String(" more bytes]");
    }
    return text;
}

} // namespace Qronos
