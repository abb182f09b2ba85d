#include "ProxyPage.h"

#include "PetitionPage.h"
#include "ProxyElection.h"
#include "Zone.h"

namespace relais::server {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

const char *const Tail = "</main></body></html>\n";
const char *const Extra = "<style>select{width:100%;box-sizing:border-box;font-size:17px;padding:9px;border:1px solid #888;"
                          "border-radius:4px}fieldset{border:0;padding:0;margin:0 0 14px}legend{font-weight:bold;margin-bottom:4px}"
                          ".choices button{margin:0 12px 12px 0}.choices button.no{background:#555}</style>";

QString errorOf(const QList<ProxyForm::FieldError> &errors, const QString &field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

QString described(const QString &field, const QString &error)
{
    return error.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"e-") + field + QStringLiteral("\"");
}

QString errorLine(const QString &field, const QString &error)
{
    return error.isEmpty() ? QString()
                           : QStringLiteral("<p class=\"error\" id=\"e-") + field + QStringLiteral("\">") + esc(error) + QStringLiteral("</p>");
}

} // namespace

std::string ProxyPage::form(const ProxyElection &e, ProxyForm::Kind kind, const ZoneTree &zones, const ProxyForm::Fields &values,
                            const QList<ProxyForm::FieldError> &errors)
{
    const bool request = kind == ProxyForm::Kind::Request;
    const QString title = request ? e.say(QStringLiteral("Je donne procuration"), QStringLiteral("I need a proxy"))
                                  : e.say(QStringLiteral("Je vote pour quelqu'un"), QStringLiteral("I can vote for someone"));
    QString html = PetitionPage::head(e.language, title + QStringLiteral(" · ") + e.name, false) + QLatin1String(Extra);
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p class=\"small\">") + esc(e.name) + QStringLiteral("</p>");
    html += QStringLiteral("<p>")
        + esc(request ? e.say(QStringLiteral("Vous ne pourrez pas voter ? Un ou une bénévole peut voter pour vous à votre bureau de vote. "
                                             "Dites-nous où vous votez : nous vous proposons quelqu'un, puis vous établissez la procuration."),
                              QStringLiteral("You cannot vote? A volunteer can vote for you at your polling station. Tell us where you "
                                             "vote: we find someone, then you make the proxy."))
                      : e.say(QStringLiteral("Vous pouvez voter à la place d'une personne empêchée, à son bureau de vote. La loi permet "
                                             "de détenir au plus deux procurations, dont une seule établie en France."),
                              QStringLiteral("You can vote for someone who cannot, at their polling station. The law allows holding at "
                                             "most two proxies, only one of them made in France.")))
        + QStringLiteral("</p>");
    if (!errors.isEmpty()) {
        html += QStringLiteral("<div class=\"errors\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><h2>")
            + esc(errors.size() == 1 ? e.say(QStringLiteral("Le formulaire contient une erreur"), QStringLiteral("The form has one error"))
                                     : e.say(QStringLiteral("Le formulaire contient %1 erreurs"), QStringLiteral("The form has %1 errors"))
                                           .arg(errors.size()))
            + QStringLiteral("</h2><ul>");
        for (const auto &x : errors)
            html += QStringLiteral("<li><a href=\"#f-") + x.field + QStringLiteral("\">") + esc(x.message) + QStringLiteral("</a></li>");
        html += QStringLiteral("</ul></div>");
    }
    if (!e.formsOpen) {
        html += QStringLiteral("<p><strong>")
            + esc(e.say(QStringLiteral("Ce formulaire est fermé pour le moment."), QStringLiteral("This form is closed for now.")))
            + QStringLiteral("</strong></p>") + QLatin1String(Tail);
        return html.toStdString();
    }
    auto input = [&](const char *name, const char *type, const QString &label, const char *autocomplete, bool required,
                     const QString &hint = QString()) {
        const QString field = QLatin1String(name);
        const QString error = errorOf(errors, field);
        QString h = QStringLiteral("<div class=\"field\"><label for=\"f-") + field + QStringLiteral("\">") + esc(label);
        if (!required)
            h += QStringLiteral(" <span class=\"optional\">(") + esc(e.say(QStringLiteral("facultatif"), QStringLiteral("optional")))
                + QStringLiteral(")</span>");
        h += QStringLiteral("</label>");
        if (!hint.isEmpty())
            h += QStringLiteral("<p class=\"small\" style=\"margin:0 0 4px\">") + esc(hint) + QStringLiteral("</p>");
        h += QStringLiteral("<input id=\"f-") + field + QStringLiteral("\" name=\"") + field + QStringLiteral("\" type=\"")
            + QLatin1String(type) + QStringLiteral("\" autocomplete=\"") + QLatin1String(autocomplete) + QStringLiteral("\" value=\"")
            + esc(values.value(field).left(200)) + QStringLiteral("\"") + (required ? QStringLiteral(" required") : QString())
            + described(field, error) + QStringLiteral(">") + errorLine(field, error) + QStringLiteral("</div>");
        return h;
    };
    auto checkbox = [&](const QString &field, const QString &label, bool required, const QString &errorField) -> QString {
        const QString error = errorOf(errors, errorField);
        return QStringLiteral("<div class=\"check\"><input type=\"checkbox\" id=\"f-") + field + QStringLiteral("\" name=\"") + field
            + QStringLiteral("\" value=\"on\"") + (values.value(field).isEmpty() ? QString() : QStringLiteral(" checked"))
            + (required ? QStringLiteral(" required") : QString()) + described(errorField, error) + QStringLiteral("> <label for=\"f-")
            + field + QStringLiteral("\">") + esc(label) + QStringLiteral("</label></div>");
    };

    html += QStringLiteral("<form method=\"post\" action=\"/v/") + esc(e.slug) + (request ? QStringLiteral("/mandant") : QStringLiteral("/mandataire"))
        + QStringLiteral("\" novalidate>");
    html += input("first_name", "text", e.say(QStringLiteral("Prénom"), QStringLiteral("First name")), "given-name", true);
    html += input("last_name", "text", e.say(QStringLiteral("Nom"), QStringLiteral("Last name")), "family-name", true);
    html += input("email", "email", e.say(QStringLiteral("Adresse e-mail"), QStringLiteral("E-mail address")), "email", true);
    html += input("phone", "tel", e.say(QStringLiteral("Téléphone"), QStringLiteral("Phone")), "tel", false);
    html += input("postal_code", "text",
                  request ? e.say(QStringLiteral("Code postal de la commune où vous votez"), QStringLiteral("Postal code of the commune where you vote"))
                          : e.say(QStringLiteral("Code postal de votre commune"), QStringLiteral("Postal code of your commune")),
                  "postal-code", true);
    const QList<const Zone *> communes = ProxyForm::communesOf(zones, values.value(QStringLiteral("postal_code")).remove(QLatin1Char(' ')));
    if (communes.size() > 1) {
        const QString error = errorOf(errors, QStringLiteral("commune"));
        html += QStringLiteral("<div class=\"field\"><label for=\"f-commune\">") + esc(e.say(QStringLiteral("Commune"), QStringLiteral("Commune")))
            + QStringLiteral("</label><select id=\"f-commune\" name=\"commune\"") + described(QStringLiteral("commune"), error)
            + QStringLiteral("><option value=\"\">") + esc(e.say(QStringLiteral("Choisissez…"), QStringLiteral("Choose…"))) + QStringLiteral("</option>");
        for (const Zone *c : communes)
            html += QStringLiteral("<option value=\"") + esc(c->code) + QStringLiteral("\"")
                + (values.value(QStringLiteral("commune")) == c->code ? QStringLiteral(" selected") : QString()) + QStringLiteral(">")
                + esc(c->name) + QStringLiteral("</option>");
        html += QStringLiteral("</select>") + errorLine(QStringLiteral("commune"), error) + QStringLiteral("</div>");
    }
    html += input("polling_station", "text",
                  request ? e.say(QStringLiteral("Votre bureau de vote"), QStringLiteral("Your polling station"))
                          : e.say(QStringLiteral("Votre bureau de vote"), QStringLiteral("Your polling station")),
                  "off", true,
                  e.say(QStringLiteral("Son numéro ou son nom, tel qu'il figure sur la carte électorale (exemple : 12 — École Jean Macé)."),
                        QStringLiteral("Its number or name, as on the voter card (example: 12 — École Jean Macé).")));
    const QString roundsError = errorOf(errors, QStringLiteral("rounds"));
    html += QStringLiteral("<fieldset id=\"f-rounds\"><legend>")
        + esc(request ? e.say(QStringLiteral("Pour quel(s) tour(s) ?"), QStringLiteral("For which round(s)?"))
                      : e.say(QStringLiteral("Quel(s) tour(s) pouvez-vous assurer ?"), QStringLiteral("Which round(s) can you do?")))
        + QStringLiteral("</legend>");
    for (const int round : e.rounds)
        html += checkbox(QStringLiteral("round_%1").arg(round), e.roundLabel(round), false, QStringLiteral("rounds"));
    html += errorLine(QStringLiteral("rounds"), roundsError) + QStringLiteral("</fieldset>");
    if (request) {
        html += checkbox(QStringLiteral("abroad"),
                         e.say(QStringLiteral("J'établirai ma procuration à l'étranger (consulat ou ambassade)."),
                               QStringLiteral("I will make my proxy abroad (consulate or embassy).")),
                         false, QStringLiteral("abroad"));
    } else {
        html += input("birth_date", "text", e.say(QStringLiteral("Date de naissance (JJ/MM/AAAA)"), QStringLiteral("Birth date (DD/MM/YYYY)")),
                      "bday", false,
                      e.say(QStringLiteral("Le formulaire officiel de la personne qui vous donne procuration la demande."),
                            QStringLiteral("The official form of the person giving you their proxy asks for it.")));
        html += input("voter_number", "text", e.say(QStringLiteral("Numéro national d'électeur"), QStringLiteral("National voter number")),
                      "off", false, e.say(QStringLiteral("Il figure sur votre carte électorale."), QStringLiteral("It is on your voter card.")));
    }
    html += QStringLiteral("<div class=\"hp\" aria-hidden=\"true\"><label for=\"f-website\">")
        + esc(e.say(QStringLiteral("Ne remplissez pas ce champ"), QStringLiteral("Leave this field empty")))
        + QStringLiteral("</label><input id=\"f-website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");
    html += checkbox(QStringLiteral("consent"),
                     e.say(QStringLiteral("J'accepte que mes données soient utilisées pour organiser les procurations de cette élection (obligatoire)."),
                           QStringLiteral("I agree that my data is used to arrange proxies for this election (required).")),
                     true, QStringLiteral("consent"))
        + errorLine(QStringLiteral("consent"), errorOf(errors, QStringLiteral("consent")));
    html += QStringLiteral("<button type=\"submit\">") + esc(e.say(QStringLiteral("Envoyer"), QStringLiteral("Send")))
        + QStringLiteral("</button><p class=\"small\">")
        + esc(e.say(QStringLiteral("Nous vous envoyons un e-mail : votre inscription compte quand vous cliquez sur son lien."),
                    QStringLiteral("We send you an e-mail: your registration counts once you follow its link.")))
        + QStringLiteral("</p></form>") + QLatin1String(Tail);
    return html.toStdString();
}

std::string ProxyPage::answer(const ProxyElection *e, const QString &title, const QString &text)
{
    QString html = PetitionPage::head(e ? e->language : QStringLiteral("fr"), title, false);
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    if (e)
        html += QStringLiteral("<p class=\"small\">") + esc(e->name) + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>") + QLatin1String(Tail);
    return html.toStdString();
}

std::string ProxyPage::question(const ProxyElection &e, const QString &token, const QString &mandant, int round)
{
    const QString title = e.say(QStringLiteral("Voterez-vous pour cette personne ?"), QStringLiteral("Will you vote for this person?"));
    QString html = PetitionPage::head(e.language, title, false) + QLatin1String(Extra);
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p class=\"small\">") + esc(e.name) + QStringLiteral("</p><p>")
        + esc(e.say(QStringLiteral("%1 a besoin de quelqu'un pour voter à sa place au %2."),
                    QStringLiteral("%1 needs someone to vote for them in the %2."))
                  .arg(mandant, e.roundLabel(round)))
        + QStringLiteral("</p><form method=\"post\" action=\"/v/answer/") + esc(token) + QStringLiteral("\" class=\"choices\">")
        + QStringLiteral("<button type=\"submit\" name=\"answer\" value=\"accept\">") + esc(e.say(QStringLiteral("J'accepte"), QStringLiteral("I accept")))
        + QStringLiteral("</button><button type=\"submit\" name=\"answer\" value=\"decline\" class=\"no\">")
        + esc(e.say(QStringLiteral("Je ne peux pas"), QStringLiteral("I cannot"))) + QStringLiteral("</button></form><p class=\"small\">")
        + esc(e.say(QStringLiteral("Si vous acceptez, vous recevrez ses coordonnées et elle recevra les vôtres pour établir la procuration."),
                    QStringLiteral("If you accept, you will receive their contact details and they will receive yours to make the proxy.")))
        + QStringLiteral("</p>") + QLatin1String(Tail);
    return html.toStdString();
}

} // namespace relais::server
