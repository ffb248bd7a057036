"""Targets of the training half: surface forms of every protected group, slurs, self-descriptions, reclaimed words,
and the agreement helpers that turn a template into a French sentence.

Template slots (see ``slots``):
    {G} plural noun (« juifs »)          {les} « les juifs »     {des} « des juifs »   {aux} « aux juifs »
    {de} « de juifs » / « d'immigrés »   {ces} « ces juifs »     {S} singular noun     {un_S} « un juif » / « une juive »
    {le_S} « le juif » / « l'immigré »   {e} « » / « e » (feminine agreement)        {ils} ils/elles  {Ils} Ils/Elles
    {eux} eux/elles  {tous} tous/toutes  {Tous}  {X} a plural slur of the group   {ism} the name of the hate
"""

from __future__ import annotations

from dataclasses import dataclass

TARGETS = ["black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled"]

_H_MUET = ("homo", "hommes", "homme")  # words starting with a silent h (elided); others with h are aspirated


@dataclass(frozen=True, slots=True)
class Form:
    pl: str  # plural noun phrase without article
    sg: str  # singular noun phrase without article
    fem: bool = False

    @property
    def vowel(self) -> bool:
        w = self.pl.lower()
        return w[0] in "aeiouyéèêîœ" or w.startswith(_H_MUET)


def F(pl: str, sg: str, fem: bool = False) -> Form:
    return Form(pl, sg, fem)


FORMS: dict[str, list[Form]] = {
    "black": [F("Noirs", "Noir"), F("noirs", "noir"), F("Noires", "Noire", True), F("Africains", "Africain"),
              F("Blacks", "Black"), F("personnes noires", "personne noire", True), F("Afro-descendants",
                                                                                  "Afro-descendant")],
    "arab": [F("Arabes", "Arabe"), F("arabes", "arabe"), F("Maghrébins", "Maghrébin"), F("Algériens", "Algérien"),
             F("Marocains", "Marocain"), F("Maghrébines", "Maghrébine", True), F("rebeus", "rebeu")],
    "asian": [F("Asiatiques", "Asiatique"), F("asiatiques", "asiatique"), F("Chinois", "Chinois"),
              F("Chinoises", "Chinoise", True), F("Vietnamiens", "Vietnamien"), F("chinois", "chinois")],
    "roma": [F("Roms", "Rom"), F("roms", "rom"), F("gens du voyage", "voyageur"), F("Tsiganes", "Tsigane"),
             F("gitans", "gitan"), F("Gitanes", "Gitane", True), F("Roms", "Rom")],
    "migrant": [F("migrants", "migrant"), F("immigrés", "immigré"), F("réfugiés", "réfugié"), F("exilés", "exilé"),
                F("demandeurs d'asile", "demandeur d'asile"), F("migrantes", "migrante", True),
                F("réfugiées", "réfugiée", True)],
    "jewish": [F("juifs", "juif"), F("Juifs", "Juif"), F("juives", "juive", True), F("Juifs", "Juif"),
               F("juifs", "juif")],
    "muslim": [F("musulmans", "musulman"), F("Musulmans", "Musulman"), F("musulmanes", "musulmane", True),
               F("femmes voilées", "femme voilée", True), F("musulmans", "musulman")],
    "women": [F("femmes", "femme", True), F("meufs", "meuf", True), F("filles", "fille", True),
              F("nanas", "nana", True), F("femmes", "femme", True)],
    "gay": [F("gays", "gay"), F("homosexuels", "homosexuel"), F("homos", "homo"), F("lesbiennes", "lesbienne", True),
            F("homosexuelles", "homosexuelle", True), F("gays", "gay")],
    "trans": [F("personnes trans", "personne trans", True), F("trans", "trans"), F("femmes trans", "femme trans", True),
              F("hommes trans", "homme trans"), F("transgenres", "transgenre"), F("personnes transgenres",
                                                                                  "personne transgenre", True)],
    "disabled": [F("handicapés", "handicapé"), F("personnes handicapées", "personne handicapée", True),
                 F("autistes", "autiste"), F("trisomiques", "trisomique"), F("personnes en fauteuil",
                                                                             "personne en fauteuil", True),
                 F("malades mentaux", "malade mental"), F("handicapées", "handicapée", True)],
}

# Plural slurs of each group (used by the ``slur`` kind and some spelling rows), with feminine flag.
SLURS: dict[str, list[tuple[str, bool]]] = {
    "black": [("nègres", False), ("bamboulas", False), ("négros", False), ("négresses", True)],
    "arab": [("bougnoules", False), ("bicots", False), ("ratons", False)],
    "asian": [("bridés", False), ("niakoués", False), ("chinetoques", False), ("citrons", False)],
    "roma": [("romanos", False), ("voleurs de poules", False), ("romanichels", False)],
    "migrant": [("clandos", False), ("envahisseurs", False), ("bougnoules", False)],
    "jewish": [("youpins", False), ("youtres", False), ("youpines", True)],
    "muslim": [("muzz", False), ("musulmerdes", False), ("barbus", False)],
    "women": [("salopes", True), ("putes", True), ("grognasses", True), ("pouffiasses", True)],
    "gay": [("pédés", False), ("tarlouzes", False), ("tapettes", False), ("gouines", True)],
    "trans": [("travelos", False), ("trav", False), ("transformers", False)],
    "disabled": [("mongols", False), ("gogols", False), ("débiles", False), ("trisos", False)],
}

# Name of the hate against each group, with its article (« lutter contre {ism} »).
ISM = {
    "black": ["le racisme anti-Noirs", "la négrophobie"], "arab": ["le racisme anti-Arabes", "l'arabophobie"],
    "asian": ["le racisme anti-asiatique", "le racisme envers les Asiatiques"],
    "roma": ["l'antitsiganisme", "le rejet des Roms"], "migrant": ["la xénophobie", "la haine des migrants"],
    "jewish": ["l'antisémitisme", "la haine des juifs"], "muslim": ["l'islamophobie", "la haine anti-musulmans"],
    "women": ["le sexisme", "la misogynie"], "gay": ["l'homophobie", "la lesbophobie"],
    "trans": ["la transphobie", "la haine anti-trans"], "disabled": ["le validisme", "la haine envers les handicapés"],
}

# What the speaker says of themself: (predicate after « je suis », feminine speaker).
SELF: dict[str, list[tuple[str, bool]]] = {
    "black": [("noir", False), ("noire", True), ("une femme noire", True), ("un homme noir", False)],
    "arab": [("arabe", False), ("maghrébine", True), ("d'origine algérienne", False), ("marocaine", True)],
    "asian": [("asiatique", False), ("d'origine chinoise", True), ("vietnamienne", True), ("chinois", False)],
    "roma": [("rom", False), ("gitane", True), ("manouche", False), ("issue des gens du voyage", True)],
    "migrant": [("réfugié", False), ("réfugiée", True), ("immigré", False), ("arrivée en France comme migrante", True)],
    "jewish": [("juif", False), ("juive", True)],
    "muslim": [("musulman", False), ("musulmane", True), ("une femme voilée", True)],
    "women": [("une femme", True), ("une meuf", True), ("une fille", True)],
    "gay": [("gay", False), ("lesbienne", True), ("homo", False), ("homosexuelle", True)],
    "trans": [("trans", True), ("une femme trans", True), ("un homme trans", False), ("trans", False)],
    "disabled": [("handicapé", False), ("autiste", True), ("en fauteuil", False), ("handicapée", True)],
}

# In-group words used for oneself, non-hateful (reclaimed): (singular, plural, feminine).
RECLAIM: dict[str, list[tuple[str, str, bool]]] = {
    "black": [("renoi", "renois", False), ("renoi", "renois", True)],
    "arab": [("rebeu", "rebeus", False), ("beurette", "beurettes", True)],
    "asian": [("asiat", "asiats", False), ("asiat", "asiats", True)],
    "roma": [("gitan", "gitans", False), ("manouche", "manouches", True)],
    "migrant": [("blédard", "blédards", False), ("blédarde", "blédardes", True)],
    "jewish": [("feuj", "feujs", False), ("feuj", "feujs", True)],
    "muslim": [("muzz", "muzz", False), ("barbu", "barbus", False)],
    "women": [("meuf", "meufs", True), ("salope", "salopes", True)],
    "gay": [("pédé", "pédés", False), ("gouine", "gouines", True), ("tapette", "tapettes", False)],
    "trans": [("trav", "travs", True), ("queer", "queers", True)],
    "disabled": [("handi", "handis", False), ("gogol", "gogols", True)],
}


def _elide(word: str, full: str, short: str) -> str:
    w = word.lower()
    vowel = w[0] in "aeiouyéèêîœ" or w.startswith(_H_MUET)
    return (short + word) if vowel else (full + word)


def slots(target: str, form: Form, slur: tuple[str, bool] | None = None, ism: str = "") -> dict[str, str]:
    """Replacement values of every template slot for one surface form (and optionally one slur)."""
    f = form.fem
    art_un = "une " if f else "un "
    d = {
        "G": form.pl, "les": "les " + form.pl, "des": "des " + form.pl, "aux": "aux " + form.pl,
        "de": _elide(form.pl, "de ", "d'"), "ces": "ces " + form.pl, "S": form.sg, "un_S": art_un + form.sg,
        "le_S": _elide(form.sg, "la " if f else "le ", "l'"), "e": "e" if f else "",
        "ils": "elles" if f else "ils", "Ils": "Elles" if f else "Ils", "eux": "elles" if f else "eux",
        "tous": "toutes" if f else "tous", "Tous": "Toutes" if f else "Tous", "ism": ism,
        "X": "", "xe": "", "xtous": "",
    }
    if slur:
        d["X"] = slur[0]
        d["xe"] = "e" if slur[1] else ""
        d["xtous"] = "toutes" if slur[1] else "tous"
    return d


def render(template: str, values: dict[str, str]) -> str:
    text = template.format_map(values)
    return text[0].upper() + text[1:] if text and text[0].islower() and not text.startswith("@") else text
