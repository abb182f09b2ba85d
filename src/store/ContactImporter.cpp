#include "ContactImporter.h"

#include "ContactRepository.h"
#include "ContactValidator.h"
#include "TextNormalizer.h"
#include "ZoneTree.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace relais {

namespace {

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ContactImporter", "Email")},
        {QStringLiteral("other_emails"), QT_TRANSLATE_NOOP("ContactImporter", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ContactImporter", "Phone")},
        {QStringLiteral("other_phones"), QT_TRANSLATE_NOOP("ContactImporter", "Phone")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("ContactImporter", "Postal code")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("ContactImporter", "Commune")},
        {QStringLiteral("birthdate"), QT_TRANSLATE_NOOP("ContactImporter", "Date of birth")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ContactImporter", "Name")},
    };
    const char *l = labels.value(field, nullptr);
    return l ? QCoreApplication::translate("ContactImporter", l) : field;
}

std::optional<Membership> parseMembership(const QString &value)
{
    const QString v = TextNormalizer::fold(value);
    if (v.isEmpty() || v == QLatin1String("none") || v == QLatin1String("aucun") || v == QLatin1String("contact")
        || v.startsWith(QLatin1String("not ")) || v.startsWith(QLatin1String("non ")))
        return Membership::None; // also what the export writes: "Not a member", "Non adhérent"
    if (v.startsWith(QLatin1String("ancien")) || v.startsWith(QLatin1String("former")) || v.startsWith(QLatin1String("ex ")))
        return Membership::Former;
    if (v.startsWith(QLatin1String("adherent")) || v.startsWith(QLatin1String("member")) || v == QLatin1String("membre")
        || v == QLatin1String("oui") || v == QLatin1String("yes"))
        return Membership::Member;
    if (v.startsWith(QLatin1String("sympathisant")) || v.startsWith(QLatin1String("supporter"))
        || v.startsWith(QLatin1String("soutien")))
        return Membership::Supporter;
    if (v == QLatin1String("non") || v == QLatin1String("no"))
        return Membership::None;
    return std::nullopt;
}

QDate parseDate(const QString &value)
{
    const QString v = value.trimmed();
    for (const char *fmt : {"dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"}) {
        const QDate d = QDate::fromString(v, QLatin1String(fmt));
        if (d.isValid())
            return d;
    }
    return {};
}

/// "DUPONT Jean" (French convention: last name in capitals first) or "Jean Dupont".
void splitFullName(const QString &full, QString *first, QString *last)
{
    const QStringList parts = full.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    if (parts.size() == 1) {
        *last = parts.first();
        return;
    }
    QStringList upper, rest;
    for (const QString &p : parts) {
        if (rest.isEmpty() && p.size() > 1 && p == p.toUpper() && p != p.toLower())
            upper << p;
        else
            rest << p;
    }
    if (!upper.isEmpty() && !rest.isEmpty()) {
        *last = upper.join(u' ');
        *first = rest.join(u' ');
    } else {
        *first = parts.first();
        *last = parts.mid(1).join(u' ');
    }
}

} // namespace

ContactImporter::ContactImporter(ContactRepository &repository, const ZoneTree &zones)
    : m_repo(repository), m_zones(zones)
{
}

ContactImporter::Prepared ContactImporter::prepare(const CsvRow &row, int headerSize, const ImportOptions &options) const
{
    Prepared p;
    if (!row.error.isEmpty()) {
        p.error = row.error;
        return p;
    }
    if (row.fields.size() != headerSize) {
        p.error = tr("This line has %1 values where the header has %2 columns.").arg(row.fields.size()).arg(headerSize);
        return p;
    }
    Contact &c = p.contact;
    QStringList problems;
    QString fullName, communeName;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < options.mapping.size() && i < row.fields.size(); ++i) {
        const QString value = row.fields.at(i).trimmed();
        if (value.isEmpty())
            continue;
        auto consent = [&](Channel ch, const QString &label) {
            const auto yes = parseYesNo(value);
            if (!yes)
                problems << tr("%1: \"%2\" is neither yes nor no.").arg(label, value);
            else
                c.consentFor(ch) = {*yes, now, options.source};
        };
        switch (options.mapping.at(i)) {
        case ContactField::Ignore: break;
        case ContactField::FirstName: c.firstName = value; break;
        case ContactField::LastName: c.lastName = value; break;
        case ContactField::FullName: fullName = value; break;
        case ContactField::Title: c.title = value; break;
        case ContactField::Email: {
            const QStringList emails = value.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
            c.email = emails.value(0);
            c.otherEmails = emails.mid(1);
            break;
        }
        case ContactField::Phone: {
            const QStringList phones = value.split(QRegularExpression(QStringLiteral("[;,/]")), Qt::SkipEmptyParts);
            c.phone = phones.value(0);
            c.otherPhones = phones.mid(1);
            break;
        }
        case ContactField::Address: c.address = value; break;
        case ContactField::PostalCode: c.postalCode = value; break;
        case ContactField::Commune: communeName = value; break;
        case ContactField::Membership: {
            const auto m = parseMembership(value);
            if (m)
                c.membership = *m;
            else
                problems << tr("Membership: \"%1\" is not a known status (member, supporter, former member).").arg(value);
            break;
        }
        case ContactField::Tags:
            c.tags += value.split(QRegularExpression(QStringLiteral("[,;|]")), Qt::SkipEmptyParts);
            break;
        case ContactField::Notes: c.notes = value; break;
        case ContactField::ConsentEmail: consent(Channel::Email, tr("Email consent")); break;
        case ContactField::ConsentPhone: consent(Channel::Phone, tr("Phone consent")); break;
        case ContactField::ConsentSms: consent(Channel::Sms, tr("SMS consent")); break;
        case ContactField::Birthdate: {
            c.birthdate = parseDate(value);
            if (!c.birthdate.isValid())
                problems << tr("Date of birth: \"%1\" is not a date (expected 31/12/1980).").arg(value);
            break;
        }
        }
    }
    if (!fullName.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty())
        splitFullName(fullName, &c.firstName, &c.lastName);
    c.tags += options.extraTags;
    if (!communeName.isEmpty()) {
        const QString folded = ZoneTree::foldForSearch(communeName);
        QList<const Zone *> candidates = c.postalCode.isEmpty()
            ? m_zones.searchCommunes(communeName, 5)
            : m_zones.communesForPostalCode(QString(c.postalCode).remove(u' '));
        QList<const Zone *> exact;
        for (const Zone *z : std::as_const(candidates))
            if (ZoneTree::foldForSearch(z->name) == folded)
                exact << z;
        if (exact.size() == 1)
            c.communeCode = exact.first()->code;
        else if (exact.isEmpty() && !c.postalCode.isEmpty() && !candidates.isEmpty())
            problems << tr("Commune: \"%1\" does not have the postal code %2.").arg(communeName, c.postalCode);
        else if (exact.isEmpty())
            problems << tr("Commune: \"%1\" is not a French commune.").arg(communeName);
        // several communes share the name and no postal code tells them apart: leave the commune empty.
    }
    ContactValidator validator(m_zones);
    for (const FieldError &e : validator.validate(c))
        problems << tr("%1: %2").arg(fieldLabel(e.field), e.message);
    if (!problems.isEmpty())
        p.error = problems.join(u' ');
    return p;
}

bool ContactImporter::merge(Contact &existing, const Contact &in, const ImportOptions &options) const
{
    const Contact before = existing;
    auto fill = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    fill(existing.title, in.title);
    fill(existing.firstName, in.firstName);
    fill(existing.lastName, in.lastName);
    if (in.birthdate.isValid())
        existing.birthdate = in.birthdate;
    addContactPoints(existing, in);
    if (!in.postalCode.isEmpty() || !in.communeCode.isEmpty()) {
        existing.address = in.address.isEmpty() ? existing.address : in.address;
        existing.postalCode = in.postalCode;
        existing.communeCode = in.communeCode;
        existing.zone = in.zone;
    }
    if (in.membership != Membership::None)
        existing.membership = in.membership;
    existing.tags = normalizeTags(existing.tags + in.tags);
    if (!in.notes.isEmpty() && !existing.notes.contains(in.notes))
        existing.notes = existing.notes.isEmpty() ? in.notes : existing.notes + u'\n' + in.notes;
    for (Channel ch : AllChannels)
        if (in.consentFor(ch).granted)
            existing.consentFor(ch) = in.consentFor(ch);
    Q_UNUSED(options);
    return !ContactRepository::changedFields(before, existing).isEmpty();
}

ImportReport ContactImporter::run(const CsvDocument &doc, const ImportOptions &options,
                                  const std::function<bool(int, int)> &progress)
{
    ImportReport report;
    report.total = int(doc.rows.size());
    const int headerSize = int(doc.header.size());
    QHash<QString, Contact> createdByKey; // email/phone -> contact created earlier in this file

    for (int start = 0; start < doc.rows.size(); start += BatchSize) {
        const int end = int(qMin<qsizetype>(start + BatchSize, doc.rows.size()));
        ImportReport batch;
        QHash<QString, Contact> batchKeys = createdByKey;
        QString error;
        const bool ok = m_repo.transaction([&] {
            for (int i = start; i < end; ++i) {
                const CsvRow &row = doc.rows.at(i);
                Prepared p = prepare(row, headerSize, options);
                if (!p.error.isEmpty()) {
                    batch.rejected << RejectedRow{row.line, row.fields, p.error};
                    continue;
                }
                Contact &c = p.contact;
                std::optional<Contact> existing;
                if (options.onDuplicate != ImportOptions::OnDuplicate::Create) {
                    for (const QString &key : {QString(u"e:" + c.email), QString(u"p:" + c.phone)}) {
                        if (key.size() > 2 && batchKeys.contains(key)) {
                            existing = batchKeys.value(key);
                            break;
                        }
                    }
                    if (!existing)
                        existing = m_repo.findByEmail(c.email);
                    if (!existing)
                        existing = m_repo.findByPhone(c.phone);
                }
                Interaction event;
                event.kind = QStringLiteral("import");
                event.data[QLatin1String("source")] = options.source;
                event.data[QLatin1String("line")] = row.line;
                if (existing) {
                    if (options.onDuplicate == ImportOptions::OnDuplicate::Skip) {
                        ++batch.skipped;
                        continue;
                    }
                    if (!merge(*existing, c, options)) {
                        ++batch.skipped; // nothing new
                        continue;
                    }
                    if (!m_repo.update(*existing, &error))
                        return false;
                    c = *existing;
                    ++batch.updated;
                    event.data[QLatin1String("updated")] = true;
                } else {
                    if (!m_repo.insert(c, &error))
                        return false;
                    ++batch.created;
                }
                event.contactId = c.id;
                event.zone = c.zone;
                if (!m_repo.addInteraction(event, &error))
                    return false;
                if (!c.email.isEmpty())
                    batchKeys.insert(u"e:" + c.email, c);
                if (!c.phone.isEmpty())
                    batchKeys.insert(u"p:" + c.phone, c);
            }
            return true;
        }, &error);
        if (!ok) {
            // The batch was rolled back as a whole: nothing of it is stored, earlier batches are.
            report.fatalError = tr("Writing lines %1 to %2 failed, none of them was imported: %3")
                                    .arg(doc.rows.at(start).line).arg(doc.rows.at(end - 1).line).arg(error);
            for (int i = start; i < end; ++i)
                report.rejected << RejectedRow{doc.rows.at(i).line, doc.rows.at(i).fields, report.fatalError};
            return report;
        }
        createdByKey = batchKeys;
        report.created += batch.created;
        report.updated += batch.updated;
        report.skipped += batch.skipped;
        report.rejected += batch.rejected;
        if (progress && !progress(end, report.total)) {
            report.cancelled = true;
            return report;
        }
    }
    if (report.created + report.updated >= OptimizeAfter)
        m_repo.optimizeSearchIndex();
    return report;
}

bool ImportReport::writeRejectedCsv(const QString &path, const QStringList &header, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    const QChar sep = u';';
    QString out = QStringLiteral("\uFEFF");
    out += CsvWriter::row(QStringList{QCoreApplication::translate("ContactImporter", "Line"),
                                      QCoreApplication::translate("ContactImporter", "Reason")} + header, sep);
    for (const RejectedRow &r : rejected)
        out += CsvWriter::row(QStringList{QString::number(r.line), r.reason} + r.fields, sep);
    f.write(out.toUtf8());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace relais
