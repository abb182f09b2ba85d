#include "SyncRecordColumns.h"

#include "Contact.h"
#include "ContactJson.h"
#include "ContactRow.h"
#include "SyncJsonReader.h"
#include "SyncStatement.h"
#include "TextNormalizer.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace relais {

namespace {

enum Column {
    Id, Zone, Version, Dirty, Title, FirstName, LastName, Birthdate, Email, OtherEmails, Phone, OtherPhones,
    Address, PostalCode, CommuneCode, MembershipCol, Tags, Notes, ConsentEmail, ConsentEmailAt, ConsentEmailSource,
    ConsentPhone, ConsentPhoneAt, ConsentPhoneSource, ConsentSms, ConsentSmsAt, ConsentSmsSource, Custom,
    CreatedAt, UpdatedAt, CreatedBy, UpdatedBy, SortKey, ContactColumnCount
};

inline bool digits(const char *p, int n)
{
    for (int i = 0; i < n; ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

inline int number(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i)
        v = v * 10 + (p[i] - '0');
    return v;
}

/// Joins the strings of a JSON array with '\n' (non-strings count as empty, as QJsonValue::toString()).
bool readList(SyncJsonReader &r, QByteArray *out)
{
    out->clear();
    if (r.peek() != SyncJsonReader::Type::Array) {
        r.skipValue();
        return !r.failed();
    }
    r.beginArray();
    bool first = true;
    QByteArray item;
    while (r.nextElement()) {
        r.readStringView(&item);
        if (!first)
            out->append('\n');
        out->append(item);
        first = false;
    }
    return !r.failed();
}

QByteArray normalizedDate(const QByteArray &s)
{
    if (s.isEmpty())
        return {};
    if (s.size() == 10 && digits(s.constData(), 4) && s[4] == '-' && digits(s.constData() + 5, 2) && s[7] == '-'
        && digits(s.constData() + 8, 2)) {
        if (QDate::isValid(number(s.constData(), 4), number(s.constData() + 5, 2), number(s.constData() + 8, 2)))
            return s;
        return {};
    }
    const QDate d = QDate::fromString(QString::fromUtf8(s), Qt::ISODate);
    return d.isValid() ? d.toString(Qt::ISODate).toUtf8() : QByteArray();
}

} // namespace

const QStringList &SyncRecordColumns::contactColumns()
{
    static const QStringList cols = [] {
        QStringList c{QStringLiteral("id"), QStringLiteral("zone"), QStringLiteral("version"), QStringLiteral("dirty"),
                      QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                      QStringLiteral("birthdate"), QStringLiteral("email"), QStringLiteral("other_emails"),
                      QStringLiteral("phone"), QStringLiteral("other_phones"), QStringLiteral("address"),
                      QStringLiteral("postal_code"), QStringLiteral("commune_code"), QStringLiteral("membership"),
                      QStringLiteral("tags"), QStringLiteral("notes"), QStringLiteral("consent_email"),
                      QStringLiteral("consent_email_at"), QStringLiteral("consent_email_source"),
                      QStringLiteral("consent_phone"), QStringLiteral("consent_phone_at"),
                      QStringLiteral("consent_phone_source"), QStringLiteral("consent_sms"),
                      QStringLiteral("consent_sms_at"), QStringLiteral("consent_sms_source"), QStringLiteral("custom"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by"),
                      QStringLiteral("updated_by"), QStringLiteral("sort_key")};
        return c;
    }();
    return cols;
}

QByteArray SyncRecordColumns::normalizedTime(const QByteArray &s)
{
    // The form every Relais writer produces: taken as is once checked.
    const char *p = s.constData();
    if (s.size() == 24 && digits(p, 4) && p[4] == '-' && digits(p + 5, 2) && p[7] == '-' && digits(p + 8, 2)
        && p[10] == 'T' && digits(p + 11, 2) && p[13] == ':' && digits(p + 14, 2) && p[16] == ':' && digits(p + 17, 2)
        && p[19] == '.' && digits(p + 20, 3) && p[23] == 'Z' && number(p + 11, 2) < 24 && number(p + 14, 2) < 60
        && number(p + 17, 2) < 60 && QDate::isValid(number(p, 4), number(p + 5, 2), number(p + 8, 2)))
        return s;
    if (s.isEmpty())
        return {};
    return ContactRow::isoTime(ContactJson::fromIso(QString::fromUtf8(s))).toUtf8();
}

namespace {

enum class Key {
    Unknown, Zone, Title, FirstName, LastName, Birthdate, Email, OtherEmails, Phone, OtherPhones, Address,
    PostalCode, CommuneCode, Membership, Tags, Notes, ConsentEmail, ConsentPhone, ConsentSms, Custom, CreatedAt,
    UpdatedAt, CreatedBy, UpdatedBy, Version
};

Key keyOf(QByteArrayView k)
{
    auto is = [&k](const char *name, qsizetype n) { return std::memcmp(k.data(), name, size_t(n)) == 0; };
    switch (k.size()) {
    case 4:
        if (is("zone", 4)) return Key::Zone;
        if (is("tags", 4)) return Key::Tags;
        break;
    case 5:
        if (is("title", 5)) return Key::Title;
        if (is("email", 5)) return Key::Email;
        if (is("phone", 5)) return Key::Phone;
        if (is("notes", 5)) return Key::Notes;
        break;
    case 6:
        if (is("custom", 6)) return Key::Custom;
        break;
    case 7:
        if (is("address", 7)) return Key::Address;
        if (is("version", 7)) return Key::Version;
        break;
    case 9:
        if (is("last_name", 9)) return Key::LastName;
        if (is("birthdate", 9)) return Key::Birthdate;
        break;
    case 10:
        if (is("first_name", 10)) return Key::FirstName;
        if (is("membership", 10)) return Key::Membership;
        if (is("created_at", 10)) return Key::CreatedAt;
        if (is("updated_at", 10)) return Key::UpdatedAt;
        if (is("created_by", 10)) return Key::CreatedBy;
        if (is("updated_by", 10)) return Key::UpdatedBy;
        break;
    case 11:
        if (is("postal_code", 11)) return Key::PostalCode;
        if (is("consent_sms", 11)) return Key::ConsentSms;
        break;
    case 12:
        if (is("other_emails", 12)) return Key::OtherEmails;
        if (is("other_phones", 12)) return Key::OtherPhones;
        if (is("commune_code", 12)) return Key::CommuneCode;
        break;
    case 13:
        if (is("consent_email", 13)) return Key::ConsentEmail;
        if (is("consent_phone", 13)) return Key::ConsentPhone;
        break;
    default:
        break;
    }
    return Key::Unknown;
}

/// TextNormalizer::sortKey() for the common case of ASCII names, without UTF-16 or normalisation;
/// a null result means "not ASCII: use TextNormalizer".
QByteArray asciiSortKey(const QByteArray &last, const QByteArray &first)
{
    QByteArray out;
    out.reserve(last.size() + first.size() + 1);
    auto fold = [&out](const QByteArray &s) {
        bool pendingSpace = false;
        const qsizetype start = out.size();
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c >= 0x80)
                return false;
            const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!alnum) {
                pendingSpace = out.size() > start;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        }
        return true;
    };
    if (!fold(last))
        return {};
    out.append('\x01');
    if (!fold(first))
        return {};
    return out;
}

} // namespace

bool SyncRecordColumns::readContact(QByteArrayView json, const QByteArray &id, const QByteArray &bucket)
{
    m_size = ContactColumnCount;
    for (int i = 0; i < m_size; ++i)
        setNull(i);
    setText(Id, id);
    setInt(Version, 0);
    setInt(Dirty, 0);
    setText(FirstName, QByteArray(""));
    setText(LastName, QByteArray(""));
    setText(MembershipCol, QByteArray("none"));
    setText(Tags, QByteArray(""));
    setText(CreatedAt, QByteArray(""));
    setText(UpdatedAt, QByteArray(""));
    QByteArray zone;

    // Strings are views into `json` where they need no unescaping: keep `json` alive until bound and stepped.
    SyncJsonReader r(json);
    if (!r.beginObject())
        return false;
    QByteArrayView key;
    QByteArray scratch, value;
    while (r.nextMemberView(&key, &scratch)) {
        const Key k = keyOf(key);
        switch (k) {
        case Key::Zone: r.readStringView(&zone); break;
        case Key::FirstName: r.readStringView(&value); setText(FirstName, value); break;
        case Key::LastName: r.readStringView(&value); setText(LastName, value); break;
        case Key::Title: r.readStringView(&value); setNullable(Title, value); break;
        case Key::Email: r.readStringView(&value); setNullable(Email, value); break;
        case Key::Phone: r.readStringView(&value); setNullable(Phone, value); break;
        case Key::Address: r.readStringView(&value); setNullable(Address, value); break;
        case Key::PostalCode: r.readStringView(&value); setNullable(PostalCode, value); break;
        case Key::CommuneCode: r.readStringView(&value); setNullable(CommuneCode, value); break;
        case Key::Notes: r.readStringView(&value); setNullable(Notes, value); break;
        case Key::CreatedBy: r.readStringView(&value); setNullable(CreatedBy, value); break;
        case Key::UpdatedBy: r.readStringView(&value); setNullable(UpdatedBy, value); break;
        case Key::Birthdate:
            r.readStringView(&value);
            setNullable(Birthdate, normalizedDate(value));
            break;
        case Key::OtherEmails: readList(r, &value); setNullable(OtherEmails, value); break;
        case Key::OtherPhones: readList(r, &value); setNullable(OtherPhones, value); break;
        case Key::Tags: readList(r, &value); setText(Tags, value); break;
        case Key::Membership: {
            r.readStringView(&value);
            const char *known = value == "member" ? "member" : value == "supporter" ? "supporter"
                : value == "former" ? "former" : "none";
            setText(MembershipCol, QByteArray::fromRawData(known, qsizetype(std::strlen(known))));
            break;
        }
        case Key::CreatedAt: r.readStringView(&value); setText(CreatedAt, normalizedTime(value)); break;
        case Key::UpdatedAt: r.readStringView(&value); setText(UpdatedAt, normalizedTime(value)); break;
        case Key::Version: {
            qint64 v = 0;
            setInt(Version, r.readInt64(&v) ? v : 0);
            break;
        }
        case Key::ConsentEmail:
        case Key::ConsentPhone:
        case Key::ConsentSms: {
            const int base = k == Key::ConsentEmail ? ConsentEmail : k == Key::ConsentPhone ? ConsentPhone : ConsentSms;
            setNull(base);
            setNull(base + 1);
            setNull(base + 2);
            if (r.peek() != SyncJsonReader::Type::Object) {
                r.skipValue();
                break;
            }
            r.beginObject();
            QByteArrayView member;
            QByteArray memberScratch;
            while (r.nextMemberView(&member, &memberScratch)) {
                if (member == "granted") {
                    bool granted = false;
                    if (r.readBool(&granted))
                        setInt(base, granted ? 1 : 0);
                    else
                        setNull(base);
                } else if (member == "at") {
                    r.readStringView(&value);
                    setNullable(base + 1, normalizedTime(value));
                } else if (member == "source") {
                    r.readStringView(&value);
                    setNullable(base + 2, value);
                } else {
                    r.skipValue();
                }
            }
            break;
        }
        case Key::Custom: {
            const char *b = nullptr, *e = nullptr;
            const bool object = r.peek() == SyncJsonReader::Type::Object;
            if (!r.skipValue(&b, &e))
                break;
            setNull(Custom);
            if (object) {
                const QJsonObject custom = QJsonDocument::fromJson(QByteArray::fromRawData(b, e - b)).object();
                if (!custom.isEmpty())
                    setText(Custom, QJsonDocument(custom).toJson(QJsonDocument::Compact));
            }
            break;
        }
        case Key::Unknown:
            r.skipValue();
            break;
        }
        if (r.failed())
            return false;
    }
    if (r.failed() || !r.atEnd())
        return false;
    setText(Zone, zone.isEmpty() ? bucket : zone);
    QByteArray sortKey = asciiSortKey(text(LastName), text(FirstName));
    if (sortKey.isNull())
        sortKey = TextNormalizer::sortKey(QString::fromUtf8(text(LastName)), QString::fromUtf8(text(FirstName))).toUtf8();
    setText(SortKey, sortKey);
    return true;
}

bool SyncRecordColumns::readInteraction(QByteArrayView json, const QByteArray &id, const QByteArray &bucket, bool dirty)
{
    enum { IId, IContact, IZone, IDirty, IKind, IAt, IAuthor, IData, ICount };
    m_size = ICount;
    setText(IId, id);
    setText(IContact, QByteArray(""));
    setText(IZone, bucket);
    setInt(IDirty, dirty ? 1 : 0);
    setText(IKind, QByteArray(""));
    setText(IAt, QByteArray(""));
    setNull(IAuthor);
    setText(IData, QByteArray("{}"));
    SyncJsonReader r(json);
    if (!r.beginObject())
        return false;
    QByteArray key, value;
    while (r.nextMember(&key)) {
        if (key == "contact_id") {
            r.readStringLenient(&value);
            setText(IContact, value);
        } else if (key == "zone") {
            r.readStringLenient(&value);
            setText(IZone, value.isEmpty() ? bucket : value);
        } else if (key == "kind") {
            r.readStringLenient(&value);
            setText(IKind, value);
        } else if (key == "at") {
            r.readStringLenient(&value);
            setText(IAt, normalizedTime(value));
        } else if (key == "author") {
            r.readStringLenient(&value);
            setNullable(IAuthor, value);
        } else if (key == "data") {
            const char *b = nullptr, *e = nullptr;
            const bool object = r.peek() == SyncJsonReader::Type::Object;
            if (!r.skipValue(&b, &e))
                break;
            setText(IData, object ? QByteArray(b, e - b) : QByteArray("{}"));
        } else {
            r.skipValue();
        }
    }
    return !r.failed() && r.atEnd();
}

void SyncRecordColumns::bind(SyncStatement &st, int first) const
{
    static const QByteArray empty("");
    for (int i = 0; i < m_size; ++i) {
        switch (m_kind[std::size_t(i)]) {
        case Kind::Null: st.bindNull(first + i); break;
        case Kind::Int: st.bind(first + i, m_int[std::size_t(i)]); break;
        case Kind::Text: {
            const QByteArray &t = m_text[std::size_t(i)];
            st.bindStatic(first + i, t.isNull() ? empty : t);
            break;
        }
        }
    }
}

} // namespace relais
