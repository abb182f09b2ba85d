#pragma once

#include "ContactField.h"
#include "ContactImporter.h"
#include "CsvDocument.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace relais {

class ProfileSession;

/// CSV import in four steps: choose the file, match its columns to contact fields (guessed from
/// French or English headers), choose what to do with duplicates and preview, then import with a
/// progress bar and a report whose rejected rows can be saved as a CSV with the reason of each.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage };
    explicit ImportWizard(ProfileSession *session, QWidget *parent = nullptr);

    /// Loads a file as if chosen on the first page (also used by tests).
    bool loadFile(const QString &path, QString *error);
    const CsvDocument &document() const { return m_doc; }
    ImportOptions options() const;
    const ImportReport &report() const { return m_report; }
    /// Translated name of a contact field, for the mapping combos.
    static QString fieldLabel(ContactField field);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createOptionsPage();
    QWizardPage *createRunPage();
    void fillMapping();
    void fillPreview();
    void runImport();
    void saveRejected();

    ProfileSession *m_session;
    CsvDocument m_doc;
    QString m_fileName;
    ImportReport m_report;
    bool m_ran = false;

    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingWarning = nullptr;
    QList<QComboBox *> m_fieldCombos;
    QRadioButton *m_updateRadio = nullptr;
    QRadioButton *m_skipRadio = nullptr;
    QRadioButton *m_createRadio = nullptr;
    QLineEdit *m_sourceEdit = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_saveRejectedButton = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
};

} // namespace relais
