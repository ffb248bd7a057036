"""Write ``functional.csv``: a small multilingual functional suite (en, es, de, ar) for measuring the encoder later.

The same eight functions of the French suite (``models/suite``) across the same eleven target groups, in each
language: four hateful (derogation, dehumanisation, direct threat, hate as opinion; label 1) and four not hateful
(negated hate, positive and neutral statements about the group, counter-speech quoting hate; label 0). 8 x 11 x 4 =
352 cases, each frame written for its language (not translated word for word), with the agreement each language
needs (Spanish and Arabic gender, German dative, Arabic oblique case). No external data set was used.

``python models/languages/make_functional.py`` (from the repository root); deterministic.
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).with_name("functional.csv")
TARGETS = ("jewish", "muslim", "black", "arab", "asian", "roma", "migrant", "women", "gay", "trans", "disabled")

# ------------------------------------------------------------------------------------------------------ English
EN_GROUPS = {
    "jewish": "Jews", "muslim": "Muslims", "black": "Black people", "arab": "Arabs", "asian": "Asians",
    "roma": "Roma", "migrant": "migrants", "women": "women", "gay": "gay people", "trans": "trans people",
    "disabled": "disabled people",
}
EN_FRAMES = [
    (1, "derogation", "{G} are all liars and thieves, every single one of them."),
    (1, "dehumanisation", "{G} are vermin, nothing but rats spreading through our cities."),
    (1, "threat_direct", "I swear I'm going to beat up the {g} on my street, they'd better watch out."),
    (1, "hate_opinion", "Honestly {g} should not be allowed to vote or work in this country."),
    (0, "negated_hate", "No, {g} are not liars or thieves, stop spreading that garbage."),
    (0, "identity_positive", "The {g} I work with are some of the kindest and most honest people I know."),
    (0, "identity_neutral", "Watched a really interesting documentary last night about the history of {g} here."),
    (0, "counter_quote", "Someone in the replies wrote \"{g} are vermin\". That's disgusting hate and I reported it."),
]

# ------------------------------------------------------------------------------------------------------ Spanish
ES_GROUPS = {  # (the group with its article, the pronoun for it)
    "jewish": ("los judíos", "ellos"), "muslim": ("los musulmanes", "ellos"), "black": ("los negros", "ellos"),
    "arab": ("los árabes", "ellos"), "asian": ("los asiáticos", "ellos"), "roma": ("los gitanos", "ellos"),
    "migrant": ("los inmigrantes", "ellos"), "women": ("las mujeres", "ellas"), "gay": ("los gays", "ellos"),
    "trans": ("las personas trans", "ellas"), "disabled": ("las personas con discapacidad", "ellas"),
}
ES_FRAMES = [
    (1, "derogation", "Con {g} siempre es lo mismo: mienten y roban, no se puede confiar en {ellos}."),
    (1, "dehumanisation", "{G} son una plaga, como ratas que invaden nuestras ciudades."),
    (1, "threat_direct", "Voy a ir a por {g} de mi barrio y les voy a partir la cara, que se preparen."),
    (1, "hate_opinion", "Sinceramente, a {g} habría que prohibirles votar y trabajar en este país."),
    (0, "negated_hate", "No, {g} no mienten ni roban más que nadie, deja de difundir esa basura."),
    (0, "identity_positive", "{G} que conozco del trabajo son de la gente más buena y honrada que he visto."),
    (0, "identity_neutral", "Anoche vi un documental muy interesante sobre la historia de {g} en España."),
    (0, "counter_quote", "Alguien escribió en los comentarios que «{g} son una plaga». Eso es odio puro y ya lo denuncié."),
]

# ------------------------------------------------------------------------------------------------------- German
DE_GROUPS = {  # (nominative/accusative plural, dative plural)
    "jewish": ("die Juden", "den Juden"), "muslim": ("die Muslime", "den Muslimen"),
    "black": ("die Schwarzen", "den Schwarzen"), "arab": ("die Araber", "den Arabern"),
    "asian": ("die Asiaten", "den Asiaten"), "roma": ("die Roma", "den Roma"),
    "migrant": ("die Migranten", "den Migranten"), "women": ("die Frauen", "den Frauen"),
    "gay": ("die Schwulen", "den Schwulen"), "trans": ("die trans Menschen", "den trans Menschen"),
    "disabled": ("die Menschen mit Behinderung", "den Menschen mit Behinderung"),
}
DE_FRAMES = [
    (1, "derogation", "{G} lügen und klauen doch alle, jeder Einzelne von ihnen."),
    (1, "dehumanisation", "{G} sind Ungeziefer, wie Ratten, die unsere Städte überschwemmen."),
    (1, "threat_direct", "Ich schwöre, ich werde {g} in meiner Straße verprügeln, die sollen sich in Acht nehmen."),
    (1, "hate_opinion", "Ehrlich gesagt sollte man {dat} das Wählen und das Arbeiten hier verbieten."),
    (0, "negated_hate", "Nein, {g} lügen und klauen nicht mehr als andere, hör auf mit diesem Müll."),
    (0, "identity_positive", "{G}, die ich von der Arbeit kenne, gehören zu den ehrlichsten und nettesten Leuten."),
    (0, "identity_neutral", "Gestern lief eine spannende Doku über die Geschichte von {dat} in Deutschland."),
    (0, "counter_quote", "Jemand hat in den Kommentaren geschrieben: „{G} sind Ungeziefer“. Das ist widerlicher Hass, "
     "ich habe es gemeldet."),
]

# ------------------------------------------------------------------------------------------------------- Arabic
AR_GROUPS = {  # (nominative, oblique (after a preposition, a noun or « أن »), grammatical gender)
    "jewish": ("اليهود", "اليهود", "m"), "muslim": ("المسلمون", "المسلمين", "m"), "black": ("السود", "السود", "m"),
    "arab": ("العرب", "العرب", "m"), "asian": ("الآسيويون", "الآسيويين", "m"), "roma": ("الغجر", "الغجر", "m"),
    "migrant": ("المهاجرون", "المهاجرين", "m"), "women": ("النساء", "النساء", "f"),
    "gay": ("المثليون", "المثليين", "m"), "trans": ("العابرون جنسيا", "العابرين جنسيا", "m"),
    "disabled": ("ذوو الإعاقة", "ذوي الإعاقة", "m"),
}
AR_FRAMES = [  # (label, functionality, masculine plural, feminine plural)
    (1, "derogation", "{nom} كلهم كذابون ولصوص، لا يوجد فيهم واحد صادق.",
     "{nom} كلهن كاذبات ولصات، لا توجد فيهن واحدة صادقة."),
    (1, "dehumanisation", "{nom} حشرات وجرذان تغزو مدننا، ليسوا بشرا مثلنا.",
     "{nom} حشرات وجرذان تغزو مدننا، لسن بشرا مثلنا."),
    (1, "threat_direct", "أقسم أنني سأضرب أي واحد من {obl} أراه في حيي، ليحذروا.",
     "أقسم أنني سأضرب أي واحدة من {obl} أراها في حيي، ليحذرن."),
    (1, "hate_opinion", "بصراحة يجب منع {obl} من التصويت والعمل في هذا البلد.",
     "بصراحة يجب منع {obl} من التصويت والعمل في هذا البلد."),
    (0, "negated_hate", "لا، {nom} لا يكذبون ولا يسرقون أكثر من غيرهم، توقف عن نشر هذه التفاهات.",
     "لا، {nom} لا يكذبن ولا يسرقن أكثر من غيرهن، توقف عن نشر هذه التفاهات."),
    (0, "identity_positive", "{nom} الذين أعرفهم في العمل من أطيب الناس وأكثرهم أمانة.",
     "{nom} اللواتي أعرفهن في العمل من أطيب الناس وأكثرهن أمانة."),
    (0, "identity_neutral", "شاهدت البارحة وثائقيا مثيرا عن تاريخ {obl} في هذا البلد.",
     "شاهدت البارحة وثائقيا مثيرا عن تاريخ {obl} في هذا البلد."),
    (0, "counter_quote", "كتب أحدهم في التعليقات أن «{obl} حشرات». هذا كره مقزز وقد أبلغت عنه.",
     "كتب أحدهم في التعليقات أن «{obl} حشرات». هذا كره مقزز وقد أبلغت عنه."),
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def cases() -> list[tuple[str, int, str, str, str]]:
    """(text, label, lang, functionality, target) for every language, frame and group."""
    out: list[tuple[str, int, str, str, str]] = []
    for target in TARGETS:
        g = EN_GROUPS[target]
        out += [(f.format(G=_cap(g), g=g), y, "en", fn, target) for y, fn, f in EN_FRAMES]
    for target in TARGETS:
        g, ellos = ES_GROUPS[target]
        out += [(_cap(f.format(G=_cap(g), g=g, ellos=ellos)), y, "es", fn, target) for y, fn, f in ES_FRAMES]
    for target in TARGETS:
        g, dat = DE_GROUPS[target]
        out += [(_cap(f.format(G=_cap(g), g=g, dat=dat)), y, "de", fn, target) for y, fn, f in DE_FRAMES]
    for target in TARGETS:
        nom, obl, gender = AR_GROUPS[target]
        out += [((m if gender == "m" else f).format(nom=nom, obl=obl), y, "ar", fn, target) for y, fn, m, f in AR_FRAMES]
    return out


def main() -> None:
    rows = cases()
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "label", "lang", "functionality", "target"])
        for i, (text, label, lang, fn, target) in enumerate(rows, 1):
            w.writerow([f"m{i:04d}", text, label, lang, fn, target])
    print(f"{len(rows)} cases -> {OUT}")


if __name__ == "__main__":
    main()
