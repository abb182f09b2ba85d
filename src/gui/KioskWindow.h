#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace relais {

class ProfileSession;
struct Contact;

/// Full-screen sign-up form for an event (touch-friendly, big type). Each sign-up creates a contact,
/// or updates the existing one with the same email address or phone number, with the consents ticked
/// (source "event: <name>") and a "signup" interaction on its timeline. The form shows nothing of the
/// data already stored. Leaving needs the profile passphrase; closing the window otherwise is refused.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    KioskWindow(ProfileSession *session, const QString &eventName, QWidget *parent = nullptr);
    ~KioskWindow() override;

    QString eventName() const { return m_eventName; }
    /// "event: <name>", recorded as the source of the consents given here.
    QString source() const;
    /// How long the thank-you screen stays (default 3000 ms).
    void setThankYouMs(int ms);

    /// Validates and saves the form (what the "Sign up" button does). True when saved.
    bool submit();
    /// Shows the passphrase prompt to leave the kiosk.
    void requestLeave();
    /// Leaves (closes the window, emits left()) if `passphrase` is the profile's. Refused otherwise.
    bool tryLeave(const QString &passphrase);

Q_SIGNALS:
    /// A sign-up was saved: `created` is false when an existing contact was updated.
    void signedUp(const QString &contactId, bool created);
    /// The kiosk was left with the right passphrase (emitted just before the window closes).
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Page { FormPage = 0, ThanksPage = 1, LeavePage = 2 };
    QWidget *buildForm();
    QWidget *buildThanks();
    QWidget *buildLeave();
    QLineEdit *addField(QWidget *parent, const QString &name, const QString &label, QLabel **error);
    void clearErrors();
    void showError(const QString &field, const QString &message);
    void resetForm();
    void showPage(Page page);
    bool save(Contact &contact, bool *created, QString *error);
    void onEscape();

    ProfileSession *m_session;
    QString m_eventName;
    int m_thankYouMs = 3000;
    bool m_allowClose = false;

    QStackedWidget *m_pages = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QCheckBox *m_consentEmail = nullptr;
    QCheckBox *m_consentPhone = nullptr;
    QCheckBox *m_consentSms = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_generalError = nullptr;
    QHash<QString, QLabel *> m_errors; ///< field id -> error label under it

    QLabel *m_thanks = nullptr;
    QTimer *m_thanksTimer = nullptr;

    QLineEdit *m_leavePassphrase = nullptr;
    QLabel *m_leaveError = nullptr;
    QPushButton *m_leaveConfirm = nullptr;
    QTimer *m_leaveTimeout = nullptr;
};

} // namespace relais
