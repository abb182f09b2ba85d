#pragma once

#include <QByteArray>

namespace relais {

/// A 256-bit key held in memory that libsodium locks (no swap) and wipes on destruction.
class SecretKey
{
public:
    static constexpr int Size = 32;
    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;

    static SecretKey random();
    static SecretKey fromBytes(const unsigned char *data, int size); ///< invalid if size != Size

    bool isValid() const { return m_data != nullptr; }
    const unsigned char *data() const { return m_data; }
    unsigned char *data() { return m_data; }
    /// A copy as a QByteArray, for APIs that need one; the caller wipes it (see wipe()).
    QByteArray toByteArray() const;
    void clear();
    static void wipe(QByteArray &bytes);

private:
    unsigned char *m_data = nullptr;
};

} // namespace relais
