#pragma once

#include "Contact.h"
#include "ContactField.h"
#include "CsvDocument.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace relais {

class ContactRepository;
class ZoneTree;

struct ImportOptions {
    enum class OnDuplicate { Update, Skip, Create };
    QList<ContactField> mapping; ///< one per CSV column
    OnDuplicate onDuplicate = OnDuplicate::Update;
    QString source;              ///< recorded with consents and on the timeline, e.g. "import: adherents.csv"
    QStringList extraTags;       ///< added to every imported contact
};

struct RejectedRow {
    int line = 0;
    QStringList fields;
    QString reason; ///< translated
};

struct ImportReport {
    int total = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    QList<RejectedRow> rejected;
    QString fatalError; ///< non-empty if the import stopped (what was written before stays consistent)
    bool cancelled = false;
    /// The rejected rows with their line number and reason, ready to fix and import again.
    bool writeRejectedCsv(const QString &path, const QStringList &header, QString *error) const;
};

/// CSV rows -> contacts. Each row is validated alone: a bad row is reported with its reason and
/// never stops the others. Duplicates (same normalised email, else same E.164 phone, in the
/// replica or earlier in the same file) are updated, skipped or created as the user chose; an update
/// only fills or replaces what the file has a value for, it never erases a stored value.
/// Rows are written in transactions of BatchSize: a failure rolls back only that batch.
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)
public:
    static constexpr int BatchSize = 500;
    /// From this many written contacts on, the search index is merged at the end of the import.
    static constexpr int OptimizeAfter = 5000;
    struct Prepared {
        Contact contact;
        QString error; ///< translated; empty when the row is valid
    };

    ContactImporter(ContactRepository &repository, const ZoneTree &zones);

    /// Reads one row into a validated, normalised contact (no database access): used by the preview.
    Prepared prepare(const CsvRow &row, int headerSize, const ImportOptions &options) const;
    /// `progress(done, total)` is called after each batch; returning false cancels the rest.
    ImportReport run(const CsvDocument &document, const ImportOptions &options,
                     const std::function<bool(int, int)> &progress = {});

private:
    bool merge(Contact &existing, const Contact &incoming, const ImportOptions &options) const;

    ContactRepository &m_repo;
    const ZoneTree &m_zones;
};

} // namespace relais
