#pragma once

#include <QByteArray>

#include <zlib.h>

namespace relais::server {

/// Streaming gzip (RFC 1952) compressor for chunked responses: each write() returns the bytes ready to send,
/// flushed so that the client can decode everything sent so far.
class GzipWriter
{
public:
    explicit GzipWriter(int level = 1);
    ~GzipWriter();
    GzipWriter(const GzipWriter &) = delete;
    GzipWriter &operator=(const GzipWriter &) = delete;

    bool isValid() const { return m_ok; }
    /// Compresses `in`; `finish` ends the gzip member (trailer with CRC and size).
    QByteArray write(const QByteArray &in, bool finish);

private:
    z_stream m_z{};
    bool m_ok = false;
};

} // namespace relais::server
