#pragma once

#include "Contact.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace relais {

class ProfileSession;
class TagsEditor;
class TimelineWidget;

/// The detail and edit form of one contact (new or existing), with its history in a second tab.
/// Saving validates with ContactValidator: each problem is shown in red under its field and nothing
/// is written until the form is valid. A saved contact is written through the repository and
/// ProfileSession::contactsChanged() is emitted.
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactEditor(ProfileSession *session, QWidget *parent = nullptr);

    /// An empty form for a new contact.
    void newContact();
    /// Shows a stored contact (false when it no longer exists: the editor is then cleared).
    bool loadContact(qint64 localId);
    /// Shows nothing but a hint to select or create a contact.
    void clear();

    bool isEditing() const;           ///< a form is shown (new or existing contact)
    bool isNew() const { return isEditing() && m_contact.localId == 0; }
    bool isModified() const { return m_modified; }
    qint64 localId() const { return m_contact.localId; }
    /// The contact as last loaded or saved (not what is being typed).
    const Contact &contact() const { return m_contact; }

    /// Validates and saves. True when saved (or when there was nothing to save).
    bool save();
    /// Puts back the values last loaded or saved.
    void revert();

Q_SIGNALS:
    void saved(qint64 localId);
    void modifiedChanged(bool modified);

private:
    QWidget *buildForm();
    QWidget *withError(QWidget *field, const QString &errorName, QWidget *second = nullptr);
    QLabel *errorLabel(const QString &field) const;
    void populate(const Contact &c);
    void fillCommunes(const QString &preferredCode);
    void setModified(bool modified);
    void markModified();
    void onConsentEdited(Channel channel);
    void updateConsentDetails(Channel channel);
    void updateHeading();
    void clearErrors();
    void showErrors(const QHash<QString, QStringList> &errors);
    void onContactsChanged();
    bool confirmPossibleDuplicate(const Contact &c);
    QString birthdateFormat() const;
    QDate parseBirthdate(const QString &text, bool *ok) const;

    QPointer<ProfileSession> m_session;
    Contact m_contact;                ///< as loaded or last saved
    std::array<Consent, 3> m_consent; ///< as edited
    bool m_modified = false;
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    QComboBox *m_titleCombo;
    QLineEdit *m_firstNameEdit;
    QLineEdit *m_lastNameEdit;
    QLineEdit *m_birthdateEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_otherEmailsEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_otherPhonesEdit;
    QLineEdit *m_addressEdit;
    QLineEdit *m_postalCodeEdit;
    QComboBox *m_communeCombo;
    QComboBox *m_membershipCombo;
    TagsEditor *m_tagsEditor;
    QPlainTextEdit *m_notesEdit;
    std::array<QComboBox *, 3> m_consentCombos{};
    std::array<QLabel *, 3> m_consentDetails{};
    QHash<QString, QLabel *> m_errorLabels; ///< by validator field id
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_statusLabel;
    QTimer *m_statusTimer;
    TimelineWidget *m_timeline;
};

} // namespace relais
