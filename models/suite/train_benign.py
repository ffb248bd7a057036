"""Non-hateful templates of the training half (label 0). Slots: see ``train_groups``.

The negated and positive counterparts of each hateful idea live in ``train_hate.IDEAS``; counter-speech quotes wrap
the hateful sentence itself ({H}) in ``QUOTE_FRAMES``. ``NEUTRAL_QUESTION[i]`` is the counterpart of
``train_hate.HATE["hate_question"][i]`` and ``NEUTRAL_TOPIC[i]`` of ``train_hate.HATE["conspiracy_group"][i]``.
"""

from __future__ import annotations

QUOTE_FRAMES = [
    "« {H} » : ce genre de phrase est inacceptable", "quelqu'un a écrit « {H} » sous ma vidéo. signalé.",
    "dire « {H} », c'est de la haine pure et simple", "« {H} »… sérieux ? en 2024 ? ça me dégoûte",
    "mon oncle a sorti « {H} » au repas, j'ai quitté la table", "non, « {H} » n'est pas une opinion, c'est un délit",
    "j'ai entendu « {H} » dans le bus et personne n'a réagi, j'ai honte",
    "arrêtez de liker des posts qui disent « {H} »", "« {H} » : voilà le genre de commentaire qu'on doit combattre",
    "il a osé écrire « {H} » et il s'étonne d'être banni ?",
]

BENIGN: dict[str, list[str]] = {
    "negated_hate": [
        "je n'ai aucune haine envers les {G}", "personne ne devrait dire que les {G} sont inférieur{e}s",
        "il ne faut pas expulser les {G}, ce sont nos voisins", "je ne pense absolument pas que les {G} soient une menace",
        "les {G} ne méritent pas toute cette haine",
    ],
    "counter_reference": [
        "il faut combattre {ism} partout", "on ne laissera pas passer {ism}, jamais",
        "{ism} tue encore en 2024, il faut en parler", "{ism} n'a pas sa place sur les réseaux sociaux",
        "j'ai signalé ce compte pour {ism}, trop c'est trop", "{ism}, ce n'est pas une opinion, c'est un délit",
        "solidarité avec les {G}, {ism} ne passera pas", "marche contre {ism} samedi à 14h, venez nombreux",
        "l'école doit apprendre aux enfants à reconnaître {ism}", "les commentaires sous cet article, c'est {ism} à l'état pur, ça me désole",
        "je refuse {ism}, même quand ça vient de mes potes", "merci à toutes les assos qui luttent contre {ism}",
    ],
    "news_report": [
        "un homme condamné à six mois de prison pour avoir insulté des {G} dans le tram",
        "la mairie a porté plainte après des tags hostiles aux {G}",
        "selon un rapport, les agressions contre les {G} ont augmenté de 20 % cette année",
        "un élu suspendu après des propos injurieux visant les {G}",
        "enquête ouverte après l'agression d'{un_S} à la sortie d'un bar",
        "le tribunal a jugé un internaute pour des menaces de mort contre des {G}",
        "une association dénonce des discriminations à l'embauche contre les {G}",
        "deux suspects interpellés après l'incendie d'un local fréquenté par des {G}",
        "la préfecture condamne des affiches appelant à la violence contre les {G}",
        "un joueur sanctionné pour des insultes envers les {G} pendant un match",
        "plainte déposée après le harcèlement en ligne d'{un_S}",
        "le parquet ouvre une enquête pour injures visant les {G}",
    ],
    "identity_neutral": [
        "ma voisine fait partie des {G} de l'immeuble, on se croise au marché", "les {G} du quartier ont ouvert une épicerie",
        "un reportage sur la vie des {G} à Marseille ce soir sur France 3", "au boulot, on a recruté {un_S} la semaine dernière",
        "les {G} représentent une partie de la population de la ville", "une étude sur l'emploi des {G} sort demain",
        "les associations {de} organisent une fête ce week-end", "le film raconte l'histoire de deux {G} à Paris",
        "conférence sur l'histoire des {G} à la médiathèque jeudi", "il y a beaucoup {de} dans mon club de foot",
        "le quotidien des {G} en Europe, un sujet de mémoire intéressant", "{un_S} a emménagé au deuxième étage",
    ],
    "identity_positive": [
        "respect aux {G}, toujours", "les {G} sont les bienvenu{e}s ici", "je soutiens les {G}, quoi qu'il arrive",
        "les {G} ont tellement apporté à la culture française", "big up aux {G} qui tiennent bon",
    ],
    "neutral_question": [
        "pourquoi les {G} sont-{ils} autant discriminé{e}s ?", "comment aider les {G} de mon quartier ?",
        "pourquoi les {G} ont-{ils} du mal à trouver un logement ?", "c'est quoi l'histoire des {G} en France ?",
        "qui connaît une asso qui aide les {G} ?", "pourquoi les {G} sont-{ils} sous-représenté{e}s à la télé ?",
        "vous conseillez quel livre sur l'histoire des {G} ?", "quand est-ce qu'on donnera enfin la parole aux {G} ?",
        "pourquoi les {G} sont-{ils} si souvent victimes de préjugés ?", "combien {de} vivent en France ?",
        "comment les {G} vivent-{ils} le confinement ?", "quels droits ont les {G} au travail ?",
    ],
    "own_identity": [
        "je suis {moi} et fier{me} de l'être", "en tant que {moi_n}, je peux vous dire que ça fait du bien de se sentir accepté{me}",
        "je suis {moi}, et alors ?", "être {moi} ne m'a jamais empêché{me} de réussir",
        "moi je suis {moi} et je bosse à l'hôpital depuis dix ans", "je suis {moi} et je vote, comme tout le monde",
        "en tant que {moi_n}, je suis épuisé{me} par les clichés", "je suis {moi}, parent de deux enfants et prof de maths",
        "oui je suis {moi}, non ça ne te regarde pas 😌", "je suis {moi} et j'adore ma vie",
    ],
    "reclaimed": [
        "on est des {rws} et on s'assume", "{rw} et fier{me}, n'en déplaise aux haineux",
        "entre {rws} on se comprend 😂", "ouais je suis {rw}, je le dis moi-même et avec le sourire",
        "soirée entre {rws} ce soir, ça va être génial", "nous les {rws}, on se serre les coudes",
        "fier{me} d'être {rw}, ce mot m'appartient", "on se dit {rw} entre nous, c'est affectueux",
        "big love aux {rws} de ma vie ❤️", "je suis {rw} et j'en ai rien à faire de vos regards",
    ],
    "profanity_nohate_group": [
        "putain j'ai raté le bus, je vais être en retard chez mes potes {G}",
        "bordel le concert de soutien aux {G} était génial", "putain de lundi, même l'asso des {G} est fermée",
        "merde, j'ai oublié le gâteau pour la fête des {G} du quartier",
        "ce putain de métro en panne, j'ai raté la conf sur les {G}",
        "putain que c'est beau ce docu sur les {G}", "j'en ai ras le cul de ce temps pourri, bisous aux {G} de la rando",
        "merde alors, le film sur les {G} est déjà fini ?",
    ],
    "spell_benign": [
        "{un_S} vient d'emménager à côté", "{un_S} a rejoint notre équipe", "les {G} sont les bienvenu{e}s",
        "respect aux {G}", "à côté de chez moi vivent des {G} adorables", "les {G} du quartier organisent une fête",
        "soutien aux {G}", "je travaille avec des {G}", "les {G} ont les mêmes droits que nous",
        "une belle expo sur l'histoire des {G}",
    ],
}

PROFANITY_NONE = [
    "putain de lundi", "bordel de merde, encore en retard", "putain ce match de ouf", "ça me fait chier ce temps",
    "merde j'ai oublié mes clés", "putain qu'il fait chaud", "ce putain d'ordi qui plante encore",
    "bordel, j'ai raté le train", "oh putain le concert hier soir 🔥", "fait chier, plus de café",
    "putain de réveil", "quelle journée de merde", "nom de dieu, ce gâteau est énorme", "putain j'ai réussi mon exam !!",
    "merde, y'a plus de wifi", "putain ce bouchon sur le périph",
]

ABUSE_NONPROTECTED = [
    "les politiciens sont des escrocs", "les fans de foot sont des abrutis", "je déteste les lundis",
    "les banquiers sont tous des requins", "ce gouvernement de bras cassés", "les influenceurs c'est des parasites",
    "mon patron est un connard fini", "les supporters du PSG sont des débiles", "les trottinettes électriques, quelle plaie",
    "les moustiques, je les exterminerais tous", "ces chauffards sont des malades", "les arbitres sont des incapables",
    "les huissiers, tous des vautours", "les agents immobiliers sont des voleurs", "je hais les choux de Bruxelles",
    "les téléréalités rendent les gens cons", "ce ministre est un menteur", "les trolls sur Twitter sont des abrutis",
    "les vendeurs de forfaits qui appellent à 20h, je les déteste", "les cyclistes qui grillent les feux sont des dangers publics",
    "la SNCF c'est une bande d'incompétents", "les rageux en commentaires sont pathétiques",
]

# NEUTRAL_TOPIC[i] is the counterpart of HATE["conspiracy_group"][i].
NEUTRAL_TOPIC = [
    "le virus a été identifié fin 2019, les chercheurs ont séquencé son génome", "la démographie française évolue lentement selon l'Insee",
    "la concentration des médias inquiète les journalistes", "la finance mondiale est régulée par les banques centrales",
    "la pandémie a fait des millions de morts dans le monde", "la fondation Soros finance des ONG, c'est public",
    "la 5G arrive dans ma ville le mois prochain", "le vaccin a été testé sur 40 000 personnes",
    "la fondation Gates finance des campagnes de vaccination", "le G20 se réunit la semaine prochaine",
    "le covid se transmet surtout par aérosols", "les traînées des avions sont de la vapeur d'eau qui condense",
    "la campagne de rappel du vaccin contre la grippe commence lundi", "les antennes 5G respectent les normes d'exposition",
    "Bill Gates a quitté le conseil de Microsoft en 2020", "l'OMS publie son rapport annuel sur la santé",
    "les vaccins à ARN ne modifient pas l'ADN", "la 5G permet des débits plus élevés que la 4G",
]
