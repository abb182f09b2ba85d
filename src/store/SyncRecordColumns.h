#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <array>

namespace relais {

class SyncStatement;

/// Column values of one row, bound straight to a prepared statement: the bulk path of a pull turns a
/// record's JSON (as the server sent it) into these without building a QJsonObject, a Contact or QVariants.
/// The values are exactly those the general path writes (ContactJson::fromJson then ContactRow::values):
/// tests compare the two.
class SyncRecordColumns
{
public:
    enum class Kind : quint8 { Null, Int, Text };
    static constexpr int TagsColumn = 16; ///< index of `tags` among the contact columns

    /// The contacts table: ContactRow::columns() then sort_key. False if `json` is not a JSON object
    /// (malformed); `id` and `bucket` (zone when the record has none) come from the op.
    bool readContact(QByteArrayView json, const QByteArray &id, const QByteArray &bucket);
    /// The interactions table: id, contact_id, zone, dirty, kind, at, author, data.
    bool readInteraction(QByteArrayView json, const QByteArray &id, const QByteArray &bucket, bool dirty);

    int size() const { return m_size; }
    Kind kind(int i) const { return m_kind[std::size_t(i)]; }
    qint64 integer(int i) const { return m_int[std::size_t(i)]; }
    const QByteArray &text(int i) const { return m_text[std::size_t(i)]; }
    /// Binds every value (1-based, from `first`) without copying: keep this object alive until the step.
    void bind(SyncStatement &st, int first = 1) const;

    /// The contacts columns this reader fills, in order (must equal ContactRow::columns() + sort_key).
    static const QStringList &contactColumns();

    /// "yyyy-MM-ddTHH:mm:ss.zzzZ" as ContactRow::isoTime(ContactJson::fromIso(s)) gives it; empty if invalid.
    static QByteArray normalizedTime(const QByteArray &iso);

private:
    static constexpr int Max = 40;
    void setNull(int i) { m_kind[std::size_t(i)] = Kind::Null; }
    void setInt(int i, qint64 v)
    {
        m_kind[std::size_t(i)] = Kind::Int;
        m_int[std::size_t(i)] = v;
    }
    void setText(int i, QByteArray v)
    {
        m_kind[std::size_t(i)] = Kind::Text;
        m_text[std::size_t(i)] = v.isNull() ? QByteArray("", 0) : std::move(v); // text, never NULL
    }
    /// Text, or NULL when empty (ContactRow's nullable()).
    void setNullable(int i, QByteArray v)
    {
        if (v.isEmpty())
            setNull(i);
        else
            setText(i, std::move(v));
    }

    int m_size = 0;
    std::array<Kind, Max> m_kind{};
    std::array<qint64, Max> m_int{};
    std::array<QByteArray, Max> m_text;
};

} // namespace relais
