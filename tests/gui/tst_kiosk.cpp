// The event sign-up kiosk: consent capture, deduplication, validation, and leaving only with the passphrase.
#include "KioskWindow.h"
#include "ProfileSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("correct horse battery staple");
const QString EventName = QStringLiteral("Fête de la rose");
}

class TestKiosk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signUpCreatesContactWithConsent();
    void sameEmailUpdatesInsteadOfDuplicating();
    void invalidPostalCodeShowsErrorAndAddsNothing();
    void consentWithoutChannelIsRefused();
    void thankYouScreenReturnsToEmptyForm();
    void leavingNeedsThePassphrase();
    void screenshot();

private:
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }
    void fill(KioskWindow &w, const QString &first, const QString &last, const QString &email, const QString &phone,
              const QString &postalCode)
    {
        const std::pair<const char *, QString> fields[] = {{"kioskFirstName", first},
                                                           {"kioskLastName", last},
                                                           {"kioskEmail", email},
                                                           {"kioskPhone", phone},
                                                           {"kioskPostalCode", postalCode}};
        for (const auto &[name, text] : fields) {
            QLineEdit *edit = child<QLineEdit>(w, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

    QTemporaryDir m_dir;
    ProfileSession m_session;
};

void TestKiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_session.create(m_dir.filePath(QStringLiteral("profile")), Passphrase, &error), qPrintable(error));
}

void TestKiosk::signUpCreatesContactWithConsent()
{
    KioskWindow w(&m_session, EventName);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy changed(&m_session, &ProfileSession::contactsChanged);
    QSignalSpy signedUp(&w, &KioskWindow::signedUp);

    QVERIFY(!child<QCheckBox>(w, "kioskConsentEmail")->isChecked()); // nothing ticked by default (GDPR)
    QVERIFY(!child<QCheckBox>(w, "kioskConsentPhone")->isChecked());
    QVERIFY(!child<QCheckBox>(w, "kioskConsentSms")->isChecked());

    const qint64 before = m_session.contacts()->count();
    fill(w, QStringLiteral("Marie"), QStringLiteral("Dupont"), QStringLiteral("Marie.Dupont@Example.fr"), QString(),
         QStringLiteral("69001"));
    QTest::mouseClick(child<QCheckBox>(w, "kioskConsentEmail"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>(w, "kioskConsentEmail")->isChecked());
    QTest::mouseClick(child<QPushButton>(w, "kioskSubmit"), Qt::LeftButton);

    QCOMPARE(m_session.contacts()->count(), before + 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(signedUp.count(), 1);
    QCOMPARE(signedUp.at(0).at(1).toBool(), true);
    const auto c = m_session.contacts()->findByEmail(QStringLiteral("marie.dupont@example.fr"));
    QVERIFY(c);
    QCOMPARE(c->firstName, QStringLiteral("Marie"));
    QCOMPARE(c->lastName, QStringLiteral("Dupont"));
    QCOMPARE(c->postalCode, QStringLiteral("69001"));
    QCOMPARE(c->zone, QStringLiteral("D69"));
    QVERIFY(c->consentFor(Channel::Email).isGranted());
    QCOMPARE(c->consentFor(Channel::Email).source, QStringLiteral("event: ") + EventName);
    QVERIFY(c->consentFor(Channel::Email).at.isValid());
    QVERIFY(!c->consentFor(Channel::Phone).granted.has_value()); // unknown, not refused nor granted
    QVERIFY(!c->consentFor(Channel::Sms).granted.has_value());

    bool sawSignup = false;
    for (const Interaction &i : m_session.contacts()->timeline(c->id)) {
        if (i.kind == QLatin1String("signup")) {
            sawSignup = true;
            QCOMPARE(i.data.value(QLatin1String("event")).toString(), EventName);
        }
    }
    QVERIFY(sawSignup);

    // The form is emptied at once: the next person sees nothing of the previous one.
    QVERIFY(child<QLineEdit>(w, "kioskEmail")->text().isEmpty());
    QVERIFY(child<QLineEdit>(w, "kioskFirstName")->text().isEmpty());
    QVERIFY(!child<QCheckBox>(w, "kioskConsentEmail")->isChecked());
}

void TestKiosk::sameEmailUpdatesInsteadOfDuplicating()
{
    KioskWindow w(&m_session, EventName);
    w.setThankYouMs(10);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 before = m_session.contacts()->count();
    QSignalSpy signedUp(&w, &KioskWindow::signedUp);

    fill(w, QStringLiteral("Marie"), QString(), QStringLiteral("  MARIE.DUPONT@example.fr "),
         QStringLiteral("06 12 34 56 78"), QString());
    QTest::mouseClick(child<QCheckBox>(w, "kioskConsentSms"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(w, "kioskSubmit"), Qt::LeftButton);

    QCOMPARE(m_session.contacts()->count(), before);
    QCOMPARE(signedUp.count(), 1);
    QCOMPARE(signedUp.at(0).at(1).toBool(), false);
    const auto c = m_session.contacts()->findByEmail(QStringLiteral("marie.dupont@example.fr"));
    QVERIFY(c);
    QCOMPARE(c->lastName, QStringLiteral("Dupont")); // kept
    QCOMPARE(c->phone, QStringLiteral("+33612345678")); // merged
    QCOMPARE(c->postalCode, QStringLiteral("69001"));
    QVERIFY(c->consentFor(Channel::Email).isGranted()); // kept
    QVERIFY(c->consentFor(Channel::Sms).isGranted());   // added
    QCOMPARE(c->consentFor(Channel::Sms).source, QStringLiteral("event: ") + EventName);
    QVERIFY(!c->consentFor(Channel::Phone).granted.has_value());

    int signups = 0;
    for (const Interaction &i : m_session.contacts()->timeline(c->id))
        signups += i.kind == QLatin1String("signup");
    QCOMPARE(signups, 2);

    // Found by phone this time (no email given): still the same person.
    QTRY_VERIFY(child<QLineEdit>(w, "kioskFirstName")->isVisible()); // back to the form after the thank-you
    fill(w, QStringLiteral("Marie"), QStringLiteral("Dupont"), QString(), QStringLiteral("+33 6 12 34 56 78"),
         QString());
    QTest::mouseClick(child<QPushButton>(w, "kioskSubmit"), Qt::LeftButton);
    QCOMPARE(m_session.contacts()->count(), before);
    QCOMPARE(signedUp.count(), 2);
}

void TestKiosk::invalidPostalCodeShowsErrorAndAddsNothing()
{
    KioskWindow w(&m_session, EventName);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 before = m_session.contacts()->count();
    QSignalSpy changed(&m_session, &ProfileSession::contactsChanged);

    fill(w, QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul.martin@example.fr"), QString(),
         QStringLiteral("1234"));
    QTest::mouseClick(child<QPushButton>(w, "kioskSubmit"), Qt::LeftButton);

    QCOMPARE(m_session.contacts()->count(), before);
    QCOMPARE(changed.count(), 0);
    QLabel *error = child<QLabel>(w, "kioskPostalCodeError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // What was typed stays, to be corrected.
    QCOMPARE(child<QLineEdit>(w, "kioskEmail")->text(), QStringLiteral("paul.martin@example.fr"));
    QVERIFY(!m_session.contacts()->findByEmail(QStringLiteral("paul.martin@example.fr")));

    // Corrected, it goes through and the error disappears.
    child<QLineEdit>(w, "kioskPostalCode")->clear();
    QTest::keyClicks(child<QLineEdit>(w, "kioskPostalCode"), QStringLiteral("75011"));
    QVERIFY(w.submit());
    QVERIFY(!error->isVisible());
    QCOMPARE(m_session.contacts()->count(), before + 1);
}

void TestKiosk::consentWithoutChannelIsRefused()
{
    KioskWindow w(&m_session, EventName);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 before = m_session.contacts()->count();

    // A phone consent without a phone number is not recorded as a sign-up.
    fill(w, QStringLiteral("Lea"), QStringLiteral("Bernard"), QStringLiteral("lea.bernard@example.fr"), QString(),
         QString());
    QTest::mouseClick(child<QCheckBox>(w, "kioskConsentPhone"), Qt::LeftButton);
    QVERIFY(!w.submit());
    QVERIFY(child<QLabel>(w, "kioskPhoneError")->isVisible());
    QCOMPARE(m_session.contacts()->count(), before);

    // No name, no way to reach: refused with messages.
    fill(w, QString(), QString(), QString(), QString(), QString());
    QTest::mouseClick(child<QCheckBox>(w, "kioskConsentPhone"), Qt::LeftButton);
    QVERIFY(!w.submit());
    QVERIFY(child<QLabel>(w, "kioskNameError")->isVisible());
    QVERIFY(child<QLabel>(w, "kioskEmailError")->isVisible());
    QCOMPARE(m_session.contacts()->count(), before);
}

void TestKiosk::thankYouScreenReturnsToEmptyForm()
{
    KioskWindow w(&m_session, EventName);
    w.setThankYouMs(200);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    fill(w, QStringLiteral("Hugo"), QStringLiteral("Petit"), QStringLiteral("hugo.petit@example.fr"), QString(),
         QString());
    QVERIFY(w.submit());
    QLabel *thanks = child<QLabel>(w, "kioskThanks");
    QVERIFY(thanks->isVisible());
    QVERIFY(thanks->text().contains(QStringLiteral("Hugo")));
    QVERIFY(!child<QLineEdit>(w, "kioskFirstName")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(w, "kioskFirstName")->isVisible(), 2000);
    QVERIFY(!thanks->isVisible());
    QVERIFY(child<QLineEdit>(w, "kioskFirstName")->text().isEmpty());
}

void TestKiosk::leavingNeedsThePassphrase()
{
    KioskWindow w(&m_session, EventName);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy left(&w, &KioskWindow::left);

    // Closing (window manager, Alt+F4) is refused.
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QTest::keyClick(&w, Qt::Key_F4, Qt::AltModifier);
    QVERIFY(w.isVisible());

    // "Leave" opens the passphrase prompt; a wrong passphrase keeps the kiosk open.
    QTest::mouseClick(child<QPushButton>(w, "kioskLeave"), Qt::LeftButton);
    QLineEdit *pass = child<QLineEdit>(w, "kioskLeavePassphrase");
    QVERIFY(pass->isVisible());
    QTest::keyClicks(pass, QStringLiteral("not the passphrase"));
    QTest::mouseClick(child<QPushButton>(w, "kioskLeaveConfirm"), Qt::LeftButton);
    QVERIFY(w.isVisible());
    QCOMPARE(left.count(), 0);
    QVERIFY(child<QLabel>(w, "kioskLeaveError")->isVisible());
    QVERIFY(pass->text().isEmpty());

    // Escape goes back to the form; Escape again opens the prompt.
    QTest::keyClick(pass, Qt::Key_Escape);
    QVERIFY(!pass->isVisible());
    QVERIFY(child<QLineEdit>(w, "kioskFirstName")->isVisible());
    QTest::keyClick(child<QLineEdit>(w, "kioskFirstName"), Qt::Key_Escape);
    QVERIFY(pass->isVisible());

    // The right passphrase closes the kiosk.
    QTRY_VERIFY(child<QPushButton>(w, "kioskLeaveConfirm")->isEnabled()); // short pause after a wrong one
    QTest::keyClicks(pass, Passphrase);
    QTest::mouseClick(child<QPushButton>(w, "kioskLeaveConfirm"), Qt::LeftButton);
    QCOMPARE(left.count(), 1);
    QVERIFY(!w.isVisible());
    QVERIFY(pass->text().isEmpty());
}

void TestKiosk::screenshot()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to save screenshots");
    KioskWindow w(&m_session, EventName);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    fill(w, QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul.martin@example"), QString(),
         QStringLiteral("1234"));
    QTest::mouseClick(child<QCheckBox>(w, "kioskConsentEmail"), Qt::LeftButton);
    QTest::qWait(100); // let the layouts settle, as a person would see it
    QVERIFY(w.grab().save(dir + QStringLiteral("/kiosk-form.png")));
    w.submit();
    QTest::qWait(100); // let the layouts settle, as a person would see it
    QVERIFY(w.grab().save(dir + QStringLiteral("/kiosk-errors.png")));
    fill(w, QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul.martin@example.org"), QString(),
         QStringLiteral("13001"));
    QVERIFY(w.submit());
    QTest::qWait(100); // let the layouts settle, as a person would see it
    QVERIFY(w.grab().save(dir + QStringLiteral("/kiosk-thanks.png")));
    w.requestLeave();
    QTest::qWait(100); // let the layouts settle, as a person would see it
    QVERIFY(w.grab().save(dir + QStringLiteral("/kiosk-leave.png")));
    QVERIFY(w.tryLeave(Passphrase));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
