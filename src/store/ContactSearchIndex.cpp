#include "ContactSearchIndex.h"

#include "ContactRow.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"
#include "ZoneTree.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {
const QString FlagPrefix = QStringLiteral("9x");

QString flag(const QString &body)
{
    QString t = FlagPrefix + TextNormalizer::fold(body);
    t.remove(u' ');
    return t;
}

/// Flag of an ASCII code ("D69", "member"): no Unicode folding needed.
QString codeFlag(QChar kind, const QString &code)
{
    QString t = FlagPrefix;
    t += kind;
    t += code.toLower();
    return t;
}

void appendPhone(QString &out, const QString &e164)
{
    if (e164.isEmpty())
        return;
    out += u' ' + e164.mid(1); // digits only: the tokenizer drops '+'
    const QString national = PhoneNumber::nationalDigits(e164);
    if (!national.isEmpty())
        out += u' ' + national;
}
} // namespace

QString ContactSearchIndex::createTableSql()
{
    // unicode61 folds case and removes diacritics: "helene" finds "Hélène".
    // Prefix indexes of 2 and 3 characters keep "as you type" queries on short prefixes fast.
    return QStringLiteral("CREATE VIRTUAL TABLE contacts_fts USING fts4("
                          "names, contact, place, flags, tokenize=unicode61, prefix=\"2,3\")");
}

QString ContactSearchIndex::tagToken(const QString &tag)
{
    return flag(u't' + tag);
}

ContactSearchIndex::Document ContactSearchIndex::document(const Contact &c)
{
    Document d;
    d.names = c.title + u' ' + c.firstName + u' ' + c.lastName;
    d.contact = c.email;
    for (const QString &e : c.otherEmails)
        d.contact += u' ' + e;
    appendPhone(d.contact, c.phone);
    for (const QString &p : c.otherPhones)
        appendPhone(d.contact, p);
    const ZoneTree &zones = ZoneTree::france();
    const Zone *commune = c.communeCode.isEmpty() ? nullptr : zones.zone(c.communeCode);
    d.place = (commune ? commune->name : QString()) + u' ' + c.postalCode + u' ' + c.address;

    QStringList flags;
    flags.reserve(8 + c.tags.size());
    if (!c.communeCode.isEmpty())
        flags << codeFlag(u'z', c.communeCode);
    flags << codeFlag(u'z', c.zone);
    const Zone *department = zones.zone(c.zone);
    if (department && department->type == ZoneType::Department && !department->parentCode.isEmpty())
        flags << codeFlag(u'z', department->parentCode);
    flags << codeFlag(u'm', membershipId(c.membership));
    for (Channel ch : AllChannels)
        if (c.consentFor(ch).isGranted())
            flags << codeFlag(u'c', channelId(ch));
    for (const QString &t : c.tags)
        flags << tagToken(t);
    d.flags = flags.join(u' ');
    return d;
}

QString ContactSearchIndex::matchExpression(const ContactQuery &query)
{
    QStringList terms;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // A number being typed ("06 12 3", "+33 6 12"): match phones by prefix, spaces ignored.
        QString compact = text;
        compact.remove(u' ').remove(u'.').remove(u'-').remove(u'(').remove(u')');
        const bool numeric = compact.size() >= 2
            && std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c.isDigit() || c == u'+'; })
            && compact.lastIndexOf(u'+') <= 0;
        if (numeric) {
            terms << QStringLiteral("contact:") + TextNormalizer::digits(compact) + u'*';
        } else {
            // Words, each a prefix, all required. Folding leaves letters, digits and single spaces only,
            // so no FTS operator can be injected.
            const QStringList words = TextNormalizer::fold(text).split(u' ', Qt::SkipEmptyParts);
            for (const QString &w : words)
                terms << w + u'*';
        }
    }
    if (!query.zone.isEmpty())
        terms << QStringLiteral("flags:") + codeFlag(u'z', query.zone);
    if (!query.tag.isEmpty())
        terms << QStringLiteral("flags:") + tagToken(query.tag);
    if (query.membership)
        terms << QStringLiteral("flags:") + codeFlag(u'm', membershipId(*query.membership));
    if (query.consent)
        terms << QStringLiteral("flags:") + codeFlag(u'c', channelId(*query.consent));
    return terms.join(u' ');
}

bool ContactSearchIndex::rebuild(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM contacts_fts"))) {
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery sel(db);
    sel.setForwardOnly(true);
    if (!sel.exec(ContactRow::selectSql())) {
        *error = sel.lastError().text();
        return false;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)"));
    while (sel.next()) {
        const Contact c = ContactRow::fromQuery(sel);
        const Document d = document(c);
        ins.addBindValue(c.localId);
        ins.addBindValue(d.names);
        ins.addBindValue(d.contact);
        ins.addBindValue(d.place);
        ins.addBindValue(d.flags);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace relais
