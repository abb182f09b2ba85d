#include "SecretKey.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace relais {

namespace {
unsigned char *allocate()
{
    if (sodium_init() < 0)
        return nullptr;
    return static_cast<unsigned char *>(sodium_malloc(SecretKey::Size));
}
} // namespace

SecretKey::SecretKey() = default;

SecretKey::~SecretKey() { clear(); }

SecretKey::SecretKey(const SecretKey &other)
{
    if (other.m_data) {
        m_data = allocate();
        if (m_data)
            std::memcpy(m_data, other.m_data, Size);
    }
}

SecretKey &SecretKey::operator=(const SecretKey &other)
{
    if (this != &other) {
        SecretKey copy(other);
        std::swap(m_data, copy.m_data);
    }
    return *this;
}

SecretKey::SecretKey(SecretKey &&other) noexcept : m_data(std::exchange(other.m_data, nullptr)) {}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
    }
    return *this;
}

SecretKey SecretKey::random()
{
    SecretKey k;
    k.m_data = allocate();
    if (k.m_data)
        randombytes_buf(k.m_data, Size);
    return k;
}

SecretKey SecretKey::fromBytes(const unsigned char *data, int size)
{
    SecretKey k;
    if (size != Size || !data)
        return k;
    k.m_data = allocate();
    if (k.m_data)
        std::memcpy(k.m_data, data, Size);
    return k;
}

QByteArray SecretKey::toByteArray() const
{
    if (!m_data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_data), Size);
}

void SecretKey::clear()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before freeing
        m_data = nullptr;
    }
}

void SecretKey::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace relais
