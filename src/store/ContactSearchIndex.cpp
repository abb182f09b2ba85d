#include "ContactSearchIndex.h"

#include "ContactRow.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"
#include "ZoneTree.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
        // A number being typed ("06 12 3", "+33 6 12", "6900"): phones and postal codes by prefix.
        QString compact = text;
        compact.remove(u' ').remove(u'.').remove(u'-').remove(u'(').remove(u')');
        const bool numeric = compact.size() >= 2
            && std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c.isDigit() || c == u'+'; })
            && compact.lastIndexOf(u'+') <= 0;
        if (numeric) {
            const QString digits = TextNormalizer::digits(compact);
            terms << QStringLiteral("contact:") + digits + QStringLiteral("* OR place:") + digits + u'*';
        } else {
            // All words required. Only the word being typed (the last one, unless a space follows it)
            // is a prefix: earlier words are complete, and an exact token has a far shorter doclist
            // than a prefix ("le" versus "le*", which also holds every Lefèvre and Leroy).
            // Folding leaves letters, digits and single spaces only, so no FTS operator can be injected.
            const QStringList words = TextNormalizer::fold(text).split(u' ', Qt::SkipEmptyParts);
            const bool lastIsComplete = query.text.back().isSpace();
            for (qsizetype i = 0; i < words.size(); ++i)
                terms << (i + 1 < words.size() || lastIsComplete ? words.at(i) : words.at(i) + u'*');
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

ContactSearchIndex::Plan ContactSearchIndex::plan(const ContactQuery &query)
{
    Plan p;
    ContactQuery ftsPart = query;
    // Departments and regions: the (zone, membership, consent) index answers in a millisecond where
    // the full-text flags would decode doclists of hundreds of thousands of entries.
    const Zone *zone = query.zone.isEmpty() ? nullptr : ZoneTree::france().zone(query.zone);
    if (zone && (zone->type == ZoneType::Department || zone->type == ZoneType::Region)) {
        if (zone->type == ZoneType::Department) {
            p.departments << zone->code;
        } else {
            for (const Zone *d : ZoneTree::france().children(zone->code))
                p.departments << d->code;
        }
        p.membership = query.membership;
        p.consent = query.consent;
        ftsPart.zone.clear();
        ftsPart.membership.reset();
        ftsPart.consent.reset();
    } else if (zone && zone->type == ZoneType::Country) {
        ftsPart.zone.clear(); // everybody is in France
    }
    // One or two letters typed: last names starting with them (the sort key is "last name, first name").
    const QString folded = TextNormalizer::fold(query.text);
    if (!folded.isEmpty() && folded.size() <= 2 && !folded.contains(u' ')
        && !std::any_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isDigit(); })) {
        // "Le " (a space typed after the word): last names whose first word is "le".
        p.namePrefix = query.text.back().isSpace() ? folded + u' ' : folded;
        ftsPart.text.clear();
    }
    p.match = matchExpression(ftsPart);
    return p;
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
