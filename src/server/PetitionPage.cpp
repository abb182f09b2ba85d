#include "PetitionPage.h"

#include "MarkdownDocument.h"
#include "Petition.h"

#include <QLocale>

namespace relais::server {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

const char *const Style =
    "body{font-family:Helvetica,Arial,sans-serif;background:#f2f2f2;color:#222;margin:0;padding:24px;line-height:1.5}"
    "body.embed{background:#fff;padding:8px}"
    "main{max-width:640px;margin:24px auto;background:#fff;border-radius:6px;padding:28px}"
    "body.embed main{margin:0;padding:8px}"
    "h1{font-size:26px;margin:0 0 12px}"
    ".count{font-size:18px;margin:8px 0 4px}.count strong{font-size:26px;color:#c0392b}"
    "progress{width:100%;height:14px;accent-color:#c0392b}"
    ".text{margin:20px 0}"
    "form{margin-top:24px;border-top:1px solid #ddd;padding-top:16px}"
    ".field{margin:0 0 14px}label{display:block;font-weight:bold;margin-bottom:4px}"
    "input[type=text],input[type=email],input[type=tel]{width:100%;box-sizing:border-box;font-size:17px;padding:9px;"
    "border:1px solid #888;border-radius:4px}"
    "input[aria-invalid=true]{border:2px solid #b00020}"
    ".check label{display:inline;font-weight:normal}.check{margin:0 0 12px}"
    ".error{color:#b00020;margin:4px 0 0;font-weight:bold}"
    ".errors{border:2px solid #b00020;border-radius:4px;padding:8px 16px;margin:16px 0}"
    ".errors h2{font-size:18px;margin:4px 0}.errors a{color:#b00020}"
    "button{font-size:18px;padding:12px 26px;border:0;border-radius:4px;background:#c0392b;color:#fff;cursor:pointer}"
    "input:focus,button:focus,a:focus{outline:3px solid #1a73e8;outline-offset:2px}"
    ".hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}"
    ".small{font-size:14px;color:#555}"
    ".optional{font-weight:normal;color:#555}";

QString pageHead(const QString &language, const QString &title, bool embed)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + language
        + QStringLiteral("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>")
        + esc(title) + QStringLiteral("</title><style>") + QLatin1String(Style) + QStringLiteral("</style></head><body")
        + (embed ? QStringLiteral(" class=\"embed\"") : QString()) + QStringLiteral("><main>");
}

QString counter(const Petition &p, qint64 confirmed)
{
    QString html = QStringLiteral("<p class=\"count\" aria-live=\"polite\"><strong id=\"count\" data-slug=\"") + esc(p.slug)
        + QStringLiteral("\">") + esc(PetitionPage::formatCount(p, confirmed)) + QStringLiteral("</strong> ")
        + esc(confirmed == 1 || (confirmed == 0 && !p.isEnglish()) ? QStringLiteral("signature") : QStringLiteral("signatures"));
    if (p.goal > 0) {
        html += QStringLiteral(" · ") + esc(p.say(QStringLiteral("objectif %1"), QStringLiteral("goal %1")).arg(PetitionPage::formatCount(p, p.goal)))
            + QStringLiteral("</p><progress id=\"progress\" max=\"") + QString::number(p.goal) + QStringLiteral("\" value=\"")
            + QString::number(std::min(confirmed, p.goal)) + QStringLiteral("\" aria-label=\"")
            + esc(p.say(QStringLiteral("Progression vers l'objectif"), QStringLiteral("Progress towards the goal")))
            + QStringLiteral("\"></progress>");
    } else {
        html += QStringLiteral("</p>");
    }
    return html;
}

const char *const Tail = "<script src=\"/p/static/counter.js\" defer></script></main></body></html>\n";

} // namespace

QString PetitionPage::formatCount(const Petition &p, qint64 n)
{
    return QLocale(p.isEnglish() ? QLocale::English : QLocale::French).toString(n);
}

std::string PetitionPage::signing(const Petition &p, qint64 confirmed, bool embed, const SignatureForm::Fields &values,
                                  const QList<SignatureForm::FieldError> &errors)
{
    QString html = pageHead(p.language, p.title, embed);
    html += QStringLiteral("<h1>") + esc(p.title) + QStringLiteral("</h1>") + counter(p, confirmed);
    if (!errors.isEmpty()) {
        html += QStringLiteral("<div class=\"errors\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><h2>")
            + esc(errors.size() == 1 ? p.say(QStringLiteral("Le formulaire contient une erreur"), QStringLiteral("The form has one error"))
                                     : p.say(QStringLiteral("Le formulaire contient %1 erreurs"), QStringLiteral("The form has %1 errors"))
                                           .arg(errors.size()))
            + QStringLiteral("</h2><ul>");
        for (const auto &e : errors)
            html += QStringLiteral("<li><a href=\"#f-") + e.field + QStringLiteral("\">") + esc(e.message) + QStringLiteral("</a></li>");
        html += QStringLiteral("</ul></div>");
    }
    html += QStringLiteral("<div class=\"text\">") + MarkdownDocument(p.text).html() + QStringLiteral("</div>");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!p.hasStarted(now)) {
        html += QStringLiteral("<p><strong>") + esc(p.say(QStringLiteral("Cette pétition ouvre le %1."), QStringLiteral("This petition opens on %1."))
                                                        .arg(QLocale(p.isEnglish() ? QLocale::English : QLocale::French)
                                                                 .toString(p.opensAt.toLocalTime(), QLocale::LongFormat)))
            + QStringLiteral("</strong></p>") + QLatin1String(Tail);
        return html.toStdString();
    }
    if (p.hasEnded(now)) {
        html += QStringLiteral("<p><strong>") + esc(p.say(QStringLiteral("Cette pétition est close. Merci à toutes celles et ceux qui l'ont signée."),
                                                          QStringLiteral("This petition is closed. Thank you to everyone who signed it.")))
            + QStringLiteral("</strong></p>") + QLatin1String(Tail);
        return html.toStdString();
    }

    auto errorOf = [&](const QString &field) {
        for (const auto &e : errors) {
            if (e.field == field)
                return e.message;
        }
        return QString();
    };
    auto input = [&](const char *name, const char *type, const QString &label, const char *autocomplete, bool required) {
        const QString field = QLatin1String(name);
        const QString error = errorOf(field);
        QString h = QStringLiteral("<div class=\"field\"><label for=\"f-") + field + QStringLiteral("\">") + esc(label);
        if (!required)
            h += QStringLiteral(" <span class=\"optional\">(") + esc(p.say(QStringLiteral("facultatif"), QStringLiteral("optional")))
                + QStringLiteral(")</span>");
        h += QStringLiteral("</label><input id=\"f-") + field + QStringLiteral("\" name=\"") + field + QStringLiteral("\" type=\"")
            + QLatin1String(type) + QStringLiteral("\" autocomplete=\"") + QLatin1String(autocomplete) + QStringLiteral("\" value=\"")
            + esc(values.value(field).left(200)) + QStringLiteral("\"") + (required ? QStringLiteral(" required") : QString());
        if (!error.isEmpty())
            h += QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"e-") + field + QStringLiteral("\"");
        h += QStringLiteral(">");
        if (!error.isEmpty())
            h += QStringLiteral("<p class=\"error\" id=\"e-") + field + QStringLiteral("\">") + esc(error) + QStringLiteral("</p>");
        h += QStringLiteral("</div>");
        return h;
    };
    auto checkbox = [&](const char *name, const QString &label, bool required) {
        const QString field = QLatin1String(name);
        const QString error = errorOf(field);
        const QString v = values.value(field);
        QString h = QStringLiteral("<div class=\"check\"><input type=\"checkbox\" id=\"f-") + field + QStringLiteral("\" name=\"")
            + field + QStringLiteral("\" value=\"on\"") + (v.isEmpty() ? QString() : QStringLiteral(" checked"))
            + (required ? QStringLiteral(" required") : QString());
        if (!error.isEmpty())
            h += QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"e-") + field + QStringLiteral("\"");
        h += QStringLiteral("> <label for=\"f-") + field + QStringLiteral("\">") + esc(label) + QStringLiteral("</label>");
        if (!error.isEmpty())
            h += QStringLiteral("<p class=\"error\" id=\"e-") + field + QStringLiteral("\">") + esc(error) + QStringLiteral("</p>");
        h += QStringLiteral("</div>");
        return h;
    };

    html += QStringLiteral("<form method=\"post\" action=\"/p/") + esc(p.slug) + (embed ? QStringLiteral("?embed=1") : QString())
        + QStringLiteral("\" novalidate><h2>") + esc(p.say(QStringLiteral("Signer la pétition"), QStringLiteral("Sign the petition")))
        + QStringLiteral("</h2>");
    html += input("first_name", "text", p.say(QStringLiteral("Prénom"), QStringLiteral("First name")), "given-name", true);
    html += input("last_name", "text", p.say(QStringLiteral("Nom"), QStringLiteral("Last name")), "family-name", true);
    html += input("email", "email", p.say(QStringLiteral("Adresse e-mail"), QStringLiteral("E-mail address")), "email", true);
    html += input("postal_code", "text", p.say(QStringLiteral("Code postal"), QStringLiteral("Postal code")), "postal-code", true);
    html += input("phone", "tel", p.say(QStringLiteral("Téléphone"), QStringLiteral("Phone")), "tel", false);
    html += QStringLiteral("<div class=\"hp\" aria-hidden=\"true\"><label for=\"f-website\">")
        + esc(p.say(QStringLiteral("Ne remplissez pas ce champ"), QStringLiteral("Leave this field empty")))
        + QStringLiteral("</label><input id=\"f-website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");
    html += checkbox("consent",
                     p.say(QStringLiteral("J'accepte que mes données soient utilisées pour cette pétition (obligatoire)."),
                           QStringLiteral("I agree that my data is used for this petition (required).")),
                     true);
    if (!p.optinText.isEmpty())
        html += checkbox("newsletter", p.optinText, false);
    html += QStringLiteral("<button type=\"submit\">") + esc(p.say(QStringLiteral("Je signe"), QStringLiteral("Sign")))
        + QStringLiteral("</button><p class=\"small\">")
        + esc(p.say(QStringLiteral("Nous vous envoyons un e-mail : votre signature compte quand vous cliquez sur son lien. "
                                   "Vous pouvez demander à tout moment l'accès à vos données ou leur suppression."),
                    QStringLiteral("We send you an e-mail: your signature counts once you follow its link. "
                                   "You may ask at any time to see your data or to have it deleted.")))
        + QStringLiteral("</p></form>") + QLatin1String(Tail);
    return html.toStdString();
}

std::string PetitionPage::answer(const Petition *p, qint64 confirmed, bool embed, const QString &title, const QString &text)
{
    QString html = pageHead(p ? p->language : QStringLiteral("fr"), title, embed);
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    if (p)
        html += QStringLiteral("<p class=\"small\">") + esc(p->title) + QStringLiteral("</p>") + counter(*p, confirmed);
    html += QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
    if (p)
        html += QStringLiteral("<p><a href=\"/p/") + esc(p->slug) + QStringLiteral("\">")
            + esc(p->say(QStringLiteral("Retour à la pétition"), QStringLiteral("Back to the petition"))) + QStringLiteral("</a></p>");
    html += QLatin1String(Tail);
    return html.toStdString();
}

QString PetitionPage::head(const QString &language, const QString &title, bool embed) { return pageHead(language, title, embed); }

const char *PetitionPage::counterScript()
{
    // Progressive enhancement only: the page works without it.
    return "(function(){var c=document.getElementById('count');if(!c||!window.fetch)return;"
           "var p=document.getElementById('progress'),f=new Intl.NumberFormat(document.documentElement.lang);"
           "function tick(){fetch('/p/'+c.dataset.slug+'/count',{cache:'no-store'}).then(function(r){return r.json();})"
           ".then(function(d){c.textContent=f.format(d.confirmed);if(p)p.value=Math.min(d.confirmed,d.goal);})"
           ".catch(function(){});}setInterval(tick,15000);})();\n";
}

} // namespace relais::server
