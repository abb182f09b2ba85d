#include "GzipWriter.h"

namespace relais::server {

GzipWriter::GzipWriter(int level)
{
    m_ok = deflateInit2(&m_z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipWriter::~GzipWriter()
{
    if (m_ok)
        deflateEnd(&m_z);
}

QByteArray GzipWriter::write(const QByteArray &in, bool finish)
{
    QByteArray out;
    if (!m_ok)
        return out;
    m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    m_z.avail_in = uInt(in.size());
    const int flush = finish ? Z_FINISH : Z_SYNC_FLUSH;
    qsizetype used = 0;
    out.resize(std::max<qsizetype>(4096, in.size() / 3 + 64));
    for (;;) {
        if (used == out.size())
            out.resize(out.size() * 2);
        m_z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        m_z.avail_out = uInt(out.size() - used);
        const int rc = deflate(&m_z, flush);
        used = out.size() - qsizetype(m_z.avail_out);
        if (rc == Z_STREAM_ERROR) {
            m_ok = false;
            return {};
        }
        if (finish ? rc == Z_STREAM_END : (m_z.avail_in == 0 && m_z.avail_out > 0))
            break;
    }
    out.truncate(used);
    return out;
}

} // namespace relais::server
