#!/usr/bin/env python3
"""Vigie functional suite, EVALUATION half.

Writes models/suite/eval.csv (columns id,text,label,functionality,target,pair; taxonomy in the suite README).
Hand-written sentence frames x surface forms of every target, for every kind; spelling-trick kinds are made by
the perturbation functions below, applied (seeded) to our own hateful or benign sentences, one trick per row, on a
key word (the group name or the slur).

This half was written without reading anything of the training side: no template, no sentence is shared with it.
It is a held-out yardstick; never train on it.

Usage:
    python3 models/suite/make_eval.py            # writes eval.csv
    python3 models/suite/make_eval.py --stats    # writes eval.csv and prints counts (kind, target, frames, pairs)
    python3 models/suite/make_eval.py --check    # re-reads eval.csv and checks columns, labels and coverage
    python3 models/suite/make_eval.py --overlap OTHER.csv   # leak check for the lead (counts and eval ids only)
Standard library only; deterministic (seeded random.Random).
"""
import argparse
import collections
import csv
import os
import random
import re
import sys

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eval.csv")
COLUMNS = ["id", "text", "label", "functionality", "target", "pair"]

HATE_KINDS = ["derogation", "dehumanisation", "threat_direct", "threat_normative", "slur", "profanity_hate",
              "hate_question", "hate_opinion", "hate_implicit", "negated_praise", "conspiracy_group",
              "conspiracy_nogroup", "spell_swap", "spell_delete", "spell_space_removed", "spell_space_added",
              "spell_leet"]
OK_KINDS = ["negated_hate", "counter_quote", "counter_reference", "news_report", "identity_neutral",
            "identity_positive", "neutral_question", "own_identity", "reclaimed", "profanity_nohate",
            "abuse_nonprotected", "neutral_topic", "spell_benign"]
LABEL = {k: 1 for k in HATE_KINDS}
LABEL.update({k: 0 for k in OK_KINDS})
KINDS = HATE_KINDS + OK_KINDS
TARGETS = ["black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled"]
NONE_ONLY = {"conspiracy_nogroup", "abuse_nonprotected", "neutral_topic"}
SPELL_HATE = ["spell_swap", "spell_delete", "spell_space_removed", "spell_space_added", "spell_leet"]


# ----------------------------------------------------------------------------------------------------------------
# Surface forms
# ----------------------------------------------------------------------------------------------------------------
class Form:
    """One surface form of a group: plural noun phrase (no article) + gender, singular + gender.

    attr: what follows « je suis » / « t'es » (None: not usable for a speaker); key: the word a spelling trick hits.
    lowerable: capitalised ethnonyms are sometimes written lower-case, as on social media.
    """

    def __init__(self, pl, g, sg=None, sgg=None, attr="auto", key=None, slur=False):
        self.pl, self.g, self.sg, self.sgg = pl, g, sg, (sgg or g)
        if attr == "auto":
            if sg is None:
                attr = None
            elif " " in sg:
                attr = ("un " if self.sgg == "m" else "une ") + sg
            else:
                attr = sg.lower()
        self.attr = attr
        self.slur = slur
        if key is None:
            words = [w for w in re.split(r"[ ']", pl) if len(w) >= 4 and w.lower() not in STOP_KEY]
            key = max(words, key=len) if words else pl.split()[-1]
        self.key = key
        self.lowerable = pl[:1].isupper() and pl.lower() != pl

    @property
    def bare_ok(self):
        return self.sg is not None and (self.slur or " " not in self.sg)

    def lowered(self):
        f = Form(self.pl.lower(), self.g, self.sg.lower() if self.sg else None, self.sgg, self.attr,
                 self.key.lower(), self.slur)
        f.lowerable = False
        return f


STOP_KEY = {"personnes", "personne", "gens", "membres", "communauté", "fidèles", "couples", "familles",
            "confession", "origine"}


def F(*a, **k):
    return Form(*a, **k)


def S(*a, **k):
    k["slur"] = True
    return Form(*a, **k)


T = {}

T["black"] = dict(
    forms=[F("Noirs", "m", "Noir"), F("Noires", "f", "Noire"), F("Blacks", "m", "Black"),
           F("Africains", "m", "Africain"), F("Africaines", "f", "Africaine"), F("renois", "m", "renoi"),
           F("personnes noires", "f", "personne noire", key="noires"), F("Subsahariens", "m", "Subsaharien")],
    slurs=[S("nègres", "m", "nègre"), S("négros", "m", "négro"), S("bamboulas", "m", "bamboula"),
           S("négresses", "f", "négresse")],
    isme="le racisme anti-Noirs", iste="raciste", istes="racistes",
    istg="raciste anti-Noirs", istgs="racistes anti-Noirs",
    lieu="leur salon de coiffure afro", lieu_n="la vitrine d'un salon de coiffure afro",
    victimes=["une infirmière noire", "un lycéen noir"],
    bundle=dict(
        D="{Les}, le QI c'est pas leur fort, c'est génétique, regarde l'état de l'Afrique.",
        N="Il n'existe aucun lien entre couleur de peau et intelligence : {les} ne sont pas moins "
          "[intelligents|intelligentes] que les autres.",
        Q="« Le QI c'est pas le fort {des}, c'est génétique » : la vieille pseudo-science ressort à chaque débat. "
          "Non, non et non.",
        P="Césaire, Senghor, Maryse Condé, Mabanckou... {les} ont enrichi la littérature francophone comme peu "
          "d'autres."),
    positive=["Joséphine Baker, Thuram, Omar Sy, Aya Nakamura : la France doit énormément aux Noirs, et c'est une "
              "richesse."],
    dehum=["Des singes, {les}, faut arrêter de se voiler la face 🐒",
           "Ça descend à peine des arbres et ça vient nous faire la leçon, {les} 🍌"],
    thr_norm=["Tous {les} dans un bateau direction l'Afrique, aller simple, et qu'on n'en parle plus."],
    implicit=["Encore une agression dans le RER. Je vous laisse deviner la couleur du suspect 🤐",
              "Quand tu vois le quartier depuis que les Africains sont arrivés... on se croirait à Bamako, pas en "
              "France 🙄",
              "Y a des peuples qui ont inventé l'écriture et d'autres qui tapent encore sur des tambours. Je dis ça, "
              "je dis rien.",
              "Un Noir qui arrive à l'heure au boulot ? Faut l'encadrer et le mettre au musée 😏",
              "Pas étonnant que l'Afrique en soit là, quand on voit la mentalité de ceux qui débarquent ici 🤷"],
    conspiracy=["Les Africains qu'on fait venir par bateaux entiers, c'est le plan Kalergi : remplacer les Blancs "
                "par une population docile.",
                "Le grand remplacement a une couleur, et c'est pas le blanc. Les élites font venir les Noirs exprès, "
                "renseignez-vous.",
                "Black Lives Matter, c'est un outil payé par les mondialistes pour que les Noirs fassent tomber "
                "l'Occident. Tout est prévu.",
                "L'Afrique entière est déplacée vers l'Europe, un programme secret de l'ONU, et personne n'en parle "
                "🤐"],
    reclaimed=["Entre renois on se comprend sans parler 😂✊🏿",
               "Black et fière, ma peau c'est ma couronne 👑",
               "La team renoi de la promo organise un afterwork vendredi, venez nombreux",
               "On nous traitait de bamboulas à l'école, aujourd'hui c'est le nom de notre collectif d'artistes. "
               "Qui rit le dernier ✊🏿",
               "Nous les renois on a nos codes, nos darons qui crient au téléphone et nos mamans qui cuisinent pour "
               "30, et on adore ça",
               "Le renoi que je suis a enfin trouvé un coiffeur qui sait faire les dégradés à Rennes, alléluia 🙌"],
    own=["Je suis noire, née à Créteil, et non, je ne viens pas « vraiment » d'ailleurs.",
         "Fils d'un Sénégalais et d'une Bretonne, je me sens chez moi des deux côtés 🇸🇳🇫🇷",
         "Moi, homme noir de 40 ans, je me fais encore contrôler trois fois par mois. On en parle ?"],
    nq=["Pourquoi dit-on « Afro-descendants » plutôt que « Noirs » dans certains textes officiels ?",
        "Quels auteurs noirs francophones faut-il lire absolument ? Je cherche des conseils."],
    neutral=["Le festival des cultures afro-caribéennes a lieu ce week-end au parc de la Villette.",
             "Ma collègue est d'origine camerounaise, elle ramène des beignets le vendredi.",
             "Une exposition sur l'histoire des Noirs en France ouvre au musée de l'Homme."],
    prof=["Putain, le concert d'afro-jazz d'hier soir était incroyable, le groupe a tout déchiré 🎷",
          "Bordel, mon pote renoi m'a battu au FIFA pour la dixième fois d'affilée 😭"],
)

T["arab"] = dict(
    forms=[F("Arabes", "m", "Arabe"), F("Maghrébins", "m", "Maghrébin"), F("Maghrébines", "f", "Maghrébine"),
           F("rebeus", "m", "rebeu"), F("Nord-Africains", "m", "Nord-Africain"), F("Algériens", "m", "Algérien"),
           F("Marocains", "m", "Marocain"), F("Tunisiennes", "f", "Tunisienne")],
    slurs=[S("bougnoules", "m", "bougnoule"), S("bicots", "m", "bicot"), S("crouilles", "m", "crouille"),
           S("ratons", "m", "raton")],
    isme="le racisme anti-Arabes", iste="raciste", istes="racistes",
    istg="raciste anti-Arabes", istgs="racistes anti-Arabes",
    lieu="leur boucherie du quartier", lieu_n="la devanture d'une épicerie tenue par une famille marocaine",
    victimes=["un chauffeur de bus d'origine maghrébine", "une étudiante algérienne"],
    bundle=dict(
        D="{Un}, ça vit de combines et de trafics, demande à n'importe quel flic.",
        N="Non, {un} n'est pas « forcément dans les trafics ». Ce cliché pourrit la vie de millions de gens "
          "honnêtes.",
        Q="« {Un}, ça vit de combines et de trafics » : relisez-vous deux secondes, c'est du racisme pur et simple.",
        P="Médecins, profs, artisans, champions : {les} font tourner ce pays, loin des clichés."),
    positive=["La France doit beaucoup aux Maghrébins : les tirailleurs, les ouvriers de l'après-guerre, et "
              "aujourd'hui des médecins, des chercheurs, des artistes."],
    dehum=["{Les}, des cafards : t'en vois un, y en a cinquante derrière.",
           "Une invasion de criquets, voilà ce que c'est, {les} dans nos villes."],
    thr_norm=["Une bonne ratonnade, voilà ce qu'il faudrait pour calmer {les}."],
    implicit=["Encore un « jeune » des quartiers dans les faits divers. Le prénom ? Pas besoin, on a deviné 🤐",
              "Un kebab de plus dans ma rue, une boulangerie de moins. Bientôt on entendra plus un mot de français "
              "🙃",
              "Bizarrement, depuis que les Maghrébins ont pris le quartier, plus aucune femme ne sort le soir. "
              "Hasard ? 🤔",
              "Ils disent « wallah » à chaque phrase mais pour bosser y a plus personne 😏",
              "Le 14 juillet c'est voitures brûlées et drapeaux algériens, mais on doit parler d'intégration "
              "réussie 🙄"],
    conspiracy=["Le Qatar et les Arabes rachètent la France morceau par morceau pour la convertir, le PSG c'était "
                "juste le début.",
                "Les Maghrébins sont envoyés en masse pour islamiser l'Europe, le plan existe depuis les années 70.",
                "Derrière les émeutes, il y a les Arabes du Golfe qui paient pour faire tomber la République, "
                "évidemment que c'est organisé.",
                "Le remplacement par les Arabes, c'est voulu par nos dirigeants, ils l'ont signé en douce il y a "
                "des années."],
    reclaimed=["Les rebeus de la cité ont organisé le tournoi de foot du quartier, trop de bonne humeur ⚽",
               "Rebeu et fier, ma mère m'a appris le respect avant tout 🇩🇿",
               "On est une bande de reubeus de Marseille et on a ouvert notre resto, passez nous voir 🥙",
               "Moi le rebeu de service au boulot, je ramène les cornes de gazelle et tout le monde est content 😂",
               "Entre rebeus on se chambre sur nos darons, c'est notre humour, laissez-nous"],
    own=["Je suis d'origine marocaine et j'ai grandi à Roubaix : deux cultures, une seule vie.",
         "Franco-algérienne, je parle arabe à ma grand-mère et français à mes collègues, et tout va bien 😊",
         "Moi, Maghrébin de troisième génération, on me demande encore si je parle bien français. Oui, merci."],
    nq=["C'est quoi la différence entre l'arabe littéraire et la darija ?",
        "Comment on dit « bon appétit » en arabe ? Je veux faire plaisir à ma belle-famille."],
    neutral=["Mon voisin marocain m'a invité pour la rupture du jeûne ce soir.",
             "Le festival du film maghrébin de Lyon commence demain.",
             "Beaucoup de Maghrébins de ma ville travaillent dans le bâtiment et la santé."],
    prof=["Putain le couscous de la mère de mon pote algérien, j'en rêve encore la nuit 😍",
          "Bordel, j'ai raté le match du Maroc à cause du boulot, mes potes marocains vont me chambrer 😭"],
)

T["asian"] = dict(
    forms=[F("Asiatiques", "m", "Asiatique"), F("Chinois", "m", "Chinois"), F("Chinoises", "f", "Chinoise"),
           F("Vietnamiens", "m", "Vietnamien"), F("Coréens", "m", "Coréen"), F("Japonais", "m", "Japonais"),
           F("personnes d'origine asiatique", "f", "personne d'origine asiatique", key="asiatique"),
           F("Cambodgiens", "m", "Cambodgien")],
    slurs=[S("bridés", "m", "bridé"), S("niakoués", "m", "niakoué"), S("chinetoques", "m", "chinetoque"),
           S("chintoks", "m", "chintok"), S("bridées", "f", "bridée")],
    isme="le racisme anti-Asiatiques", iste="raciste", istes="racistes",
    istg="raciste anti-Asiatiques", istgs="racistes anti-Asiatiques",
    lieu="leur resto", lieu_n="la vitrine d'un restaurant vietnamien",
    victimes=["une étudiante chinoise", "un couple de restaurateurs d'origine asiatique"],
    bundle=dict(
        D="{Les}, des robots sans âme : ça bosse, ça copie, ça n'invente jamais rien.",
        N="{Les} ne sont pas des « robots » qui copient : c'est un cliché aussi faux que vieux.",
        Q="« {Les}, des robots sans âme » : je lis ça sous une vidéo de concert et j'ai envie de tout signaler.",
        P="{Les} de mon labo ont publié la découverte de l'année, quelle équipe 🔬"),
    positive=["La communauté asiatique du 13e fait vivre le quartier comme personne, et ses fêtes du Nouvel An "
              "sont magnifiques 🧧"],
    dehum=["{Les}, ça mange des chauves-souris et des chiens comme des bêtes sauvages, pas étonnant qu'ils nous "
           "refilent des virus 🦇",
           "Une fourmilière, {les}, des insectes qui grouillent sans cervelle."],
    thr_norm=["Après le Covid, faudrait interdire à tous {les} d'entrer en Europe, et renvoyer ceux qui sont déjà "
              "là."],
    implicit=["Ils sont « discrets », « travailleurs »... et bizarrement ils rachètent tout le quartier. Faut se "
              "poser des questions 🤔",
              "Le resto chinois du coin a ouvert et y a plus un chat dans la rue. Je dis ça… 🐱",
              "Tousse un coup dans le métro à côté d'un Asiatique et regarde-le flipper. Ils l'ont bien cherché "
              "après ce qu'ils nous ont fait 😷",
              "Pour les examens, mets-toi à côté d'un Asiatique, ils trichent tous en groupe 😏",
              "Pas besoin de retenir leur prénom, ils se ressemblent tous de toute façon 🤷"],
    conspiracy=["Le virus chinois a été lâché exprès par les Chinois pour mettre l'Occident à genoux, c'était "
                "prévu depuis des années.",
                "Les Chinois ont racheté nos aéroports et nos vignes, bientôt ils contrôleront tout, c'est leur "
                "plan secret 🇨🇳",
                "La 5G de Huawei, c'est pour que les Chinois nous espionnent et activent le virus dans nos corps.",
                "Les restos chinois servent de couverture à un réseau d'espions, et la communauté asiatique couvre "
                "tout ça."],
    reclaimed=["Nous les « niakoués » du 13e on a grandi ensemble, le mot ne nous fait plus peur, on en rigole "
               "entre nous",
               "Team bridés 😎 on a organisé un karaoké géant samedi dernier, légendaire",
               "Chinetoque et fière, oui je mange avec des baguettes et oui je conduis très bien, merci 😂",
               "On s'appelle « la bande des jaunes » depuis le collège, c'est notre blague à nous, pas la vôtre",
               "Les Asiat' de la promo ont fait le plus gros repas du Nouvel An lunaire, on était 60 🧧"],
    own=["Je suis franco-vietnamienne et non, je ne suis pas « discrète et travailleuse » par nature, juste moi.",
         "Fils de restaurateurs chinois de Belleville, j'ai passé mon enfance derrière le comptoir, et j'en suis "
         "fier.",
         "Moi, Coréenne adoptée à trois mois, j'ai découvert Séoul à 25 ans, quel voyage."],
    nq=["Le Nouvel An chinois tombe à quelle date cette année ?",
        "C'est quoi la différence entre la cuisine vietnamienne et la cuisine thaïe ?"],
    neutral=["Le défilé du Nouvel An lunaire passe dans le 13e arrondissement dimanche.",
             "Mon collègue japonais nous a appris à faire des onigiris à la pause déj.",
             "Beaucoup d'étudiants chinois viennent faire leur master à Grenoble."],
    prof=["Putain le bo bun du resto vietnamien en bas de chez moi, une tuerie 🍜",
          "Bordel, ma pote chinoise m'a encore éclatée au mahjong, je suis dégoûtée 😂"],
)

T["roma"] = dict(
    forms=[F("Roms", "m", "Rom"), F("gens du voyage", "m", None, key="voyage"), F("Gitans", "m", "Gitan"),
           F("Gitanes", "f", "Gitane"), F("Tziganes", "m", "Tzigane"), F("Manouches", "m", "Manouche"),
           F("familles roms", "f", "famille rom", attr=None, key="roms")],
    slurs=[S("romanos", "m", "romano"), S("romanichels", "m", "romanichel"), S("romanichelles", "f", "romanichelle"),
           S("voleurs de poules", "m", "voleur de poules", key="voleurs")],
    isme="l'antitsiganisme", iste="anti-Roms", istes="anti-Roms",
    lieu="leur campement", lieu_n="les caravanes d'une aire d'accueil",
    victimes=["une famille rom", "un jeune homme du voyage"],
    bundle=dict(
        D="Où passent {les}, disparaissent les vélos, les câbles et les poules. Toujours.",
        N="Non, {les} ne volent pas « tout ce qui traîne » : ce préjugé date du Moyen Âge et il a fait assez de "
          "dégâts.",
        Q="« Où passent {les}, disparaissent les vélos » : ce genre de blague, c'est du racisme, pas de l'humour.",
        P="La musique manouche, le flamenco, la rumba : ce que {les} ont apporté à la culture est immense 🎸"),
    positive=["Les musiciens manouches sont parmi les plus virtuoses du monde, Django Reinhardt en tête 🎸"],
    dehum=["{Les}, une nuée de sauterelles : ils passent, ils dévorent tout, ils repartent.",
           "Des charognards, {les}, toujours à fouiller les poubelles comme des rats."],
    thr_norm=["Passer les campements {des} au bulldozer, avec eux dedans s'il le faut. Voilà une politique."],
    implicit=["Des caravanes sur le terrain de foot depuis ce matin. Rentrez vos vélos et fermez vos garages, on se "
              "comprend 😏",
              "Les gens du voyage arrivent en ville : la quincaillerie a déjà planqué ses pinces coupantes 🤐",
              "Ma grand-mère disait toujours de compter ses poules quand les Gitans passaient. Elle avait pas tort 🐔",
              "Un Rom qui travaille, tu me le montres ? Je demande juste, hein 🙄",
              "« Voyageurs » qu'ils disent... ils voyagent surtout avec les affaires des autres 😉"],
    conspiracy=["Les Roms sont payés par des réseaux mafieux internationaux pour envahir nos villes, c'est organisé "
                "depuis Bruxelles.",
                "Les gens du voyage volent les enfants pour les revendre, et la police étouffe les affaires, tout le "
                "monde le sait.",
                "Les Roms, c'est un peuple entier piloté par des clans qui ont un plan : vider l'Europe de ses "
                "richesses.",
                "Les aides européennes pour les Roms ? Un complot pour les installer partout chez nous pendant qu'on "
                "crève."],
    reclaimed=["Manouche et fier, le violon de mon grand-père tourne encore à chaque fête de famille 🎻",
               "Nous les Gitans on se dit « les voyageurs » entre nous, et les gadjé n'y comprennent rien, c'est "
               "notre truc",
               "Les romanos de Montreuil ont monté un orchestre, et croyez-moi ça joue 🔥",
               "On se traite de « romanos » entre cousins pour rigoler, c'est à nous, pas à vous",
               "Tzigane jusqu'au bout des ongles, j'ai appris le romani avant le français"],
    own=["Je suis rom, née en Roumanie, et je suis infirmière à Lyon depuis dix ans.",
         "Fille de voyageurs, j'ai changé d'école trois fois par an pendant toute ma scolarité, et j'ai eu mon "
         "bac.",
         "Moi, Gitan de Perpignan, je chante la rumba avec mes cousins depuis que j'ai cinq ans."],
    nq=["Quelle est la différence entre Roms, Gitans et gens du voyage ?",
        "Le pèlerinage des Saintes-Maries-de-la-Mer a lieu quand cette année ?"],
    neutral=["Le pèlerinage des Gitans aux Saintes-Maries-de-la-Mer attire des milliers de personnes chaque année "
             "en mai.",
             "Une nouvelle aire d'accueil pour les gens du voyage ouvre à la sortie de la ville.",
             "Ma voisine est gitane, elle tient un stand de paniers au marché."],
    prof=["Putain, le concert de jazz manouche de samedi, j'en ai encore des frissons 🎸",
          "Bordel, la rumba des cousins gitans de mon pote, impossible de rester assis 💃"],
)

T["migrant"] = dict(
    forms=[F("migrants", "m", "migrant"), F("migrantes", "f", "migrante"), F("réfugiés", "m", "réfugié"),
           F("réfugiées", "f", "réfugiée"), F("immigrés", "m", "immigré"),
           F("demandeurs d'asile", "m", "demandeur d'asile", key="demandeurs"),
           F("sans-papiers", "m", "sans-papiers"), F("exilés", "m", "exilé"), F("étrangers", "m", "étranger")],
    slurs=[S("métèques", "m", "métèque"), S("clandos", "m", "clando")],
    isme="la xénophobie", iste="xénophobe", istes="xénophobes",
    lieu="leur foyer", lieu_n="un centre d'hébergement pour demandeurs d'asile",
    victimes=["un jeune réfugié afghan", "une famille de demandeurs d'asile"],
    bundle=dict(
        D="Ils débarquent, ils réclament, ils touchent tout sans avoir cotisé un centime, {les}. Des profiteurs.",
        N="{Les} ne sont pas des « profiteurs » : la plupart travaillent et cotisent, et l'aide qu'{ils} reçoivent "
          "est minuscule.",
        Q="« Des profiteurs qui touchent tout sans cotiser » : encore ce mensonge sur {les}. Les chiffres disent "
          "l'inverse.",
        P="Sans {les}, des hôpitaux, des chantiers et des cuisines entières s'arrêteraient demain. Merci à {eux}."),
    positive=["Les réfugiés accueillis dans notre village ont relancé l'école et la boulangerie. Une chance, pour "
              "de vrai."],
    dehum=["{Les}, c'est une marée de rats qui déborde de chaque bateau 🐀",
           "Un troupeau, {les}, qu'on laisse brouter nos aides sans fin."],
    thr_norm=["Couler les bateaux {des} avant qu'ils touchent nos côtes, c'est la seule solution."],
    implicit=["« Une chance pour la France », qu'ils disaient 🙄 #FaitsDivers",
              "Le gymnase de mon fils est fermé depuis un mois, il « accueille » du monde. Nos enfants passent "
              "après, comme toujours 🤷",
              "Depuis l'ouverture du centre d'accueil, ma fille ne rentre plus seule le soir. Je vous laisse relier "
              "les points 🤐",
              "Le logement social, c'est pour qui déjà ? Ah oui, pour les nouveaux arrivants, pas pour nos anciens "
              "😏",
              "« Mineurs isolés » avec une barbe de trois jours et 30 ans dans les yeux 😂 on nous prend vraiment "
              "pour des idiots"],
    conspiracy=["Le grand remplacement est organisé : les migrants arrivent par bateaux entiers avec la bénédiction "
                "de Bruxelles.",
                "Les ONG vont chercher les migrants en mer pour changer la population de l'Europe, tout est calculé.",
                "Les migrants ramènent exprès des maladies, c'est une arme biologique pour affaiblir nos pays 🦠",
                "Pacte de Marrakech = remplacement programmé. Les immigrés sont les pions d'un plan mondial, "
                "renseignez-vous."],
    reclaimed=["On nous appelait « les clandos » au lycée, aujourd'hui on a tous nos diplômes. Fiers d'être des "
               "enfants de l'exil.",
               "« Métèques » et fiers de l'être, comme chantait Moustaki 🎶 notre chorale d'exilés reprend la "
               "chanson samedi",
               "Nous les sans-papiers, on s'organise, on se soutient, et on ne baissera pas la tête",
               "Entre immigrés on se comprend : la paperasse de la préfecture, c'est notre sport national 😂",
               "Les « migrants » de l'atelier couture ont fini 200 masques pour l'hôpital, fiers de nous 🧵"],
    own=["Je suis arrivé d'Érythrée il y a quatre ans, aujourd'hui je suis apprenti boulanger à Nantes.",
         "Réfugiée syrienne, j'ai repris mes études de pharmacie en France, et je soutiens ma thèse en juin.",
         "Moi, fils d'immigrés portugais, j'ai grandi entre deux langues et je ne changerais ça pour rien."],
    nq=["Combien de temps dure une demande d'asile en France en moyenne ?",
        "Comment devenir bénévole pour donner des cours de français aux réfugiés ?"],
    neutral=["Un groupe de réfugiés ukrainiens arrive à la gare de l'Est ce soir, des bénévoles les attendent.",
             "La préfecture a ouvert un nouveau guichet pour les titres de séjour.",
             "Ma commune accueille cinq familles de demandeurs d'asile depuis septembre."],
    prof=["Putain, trois heures de queue à la préfecture pour mon pote réfugié, tout ça pour un tampon 😤",
          "Bordel, le cours de français pour les migrants a encore été annulé, alors que tous les élèves étaient "
          "là"],
)

T["jewish"] = dict(
    forms=[F("juifs", "m", "juif"), F("Juifs", "m", "Juif"), F("juives", "f", "juive"),
           F("personnes juives", "f", "personne juive", key="juives"), F("feujs", "m", "feuj"),
           F("membres de la communauté juive", "m", "membre de la communauté juive", attr=None, key="juive")],
    slurs=[S("youpins", "m", "youpin"), S("youtres", "m", "youtre"), S("youpines", "f", "youpine")],
    isme="l'antisémitisme", iste="antisémite", istes="antisémites",
    lieu="leur synagogue", lieu_n="le mur d'une synagogue",
    victimes=["un rabbin", "un adolescent portant une kippa"],
    bundle=dict(
        D="L'argent, toujours l'argent : {les} ne pensent qu'à ça depuis des siècles, c'est dans leur culture.",
        N="Non, {les} ne sont pas « [obsédés|obsédées] par l'argent ». Ce cliché a servi à justifier des "
          "massacres.",
        Q="« L'argent, {les} ne pensent qu'à ça » : on est en 2024 et ce genre de phrase antisémite circule "
          "encore tranquillement.",
        P="Einstein, Simone Veil, Barbara, Goscinny... {les} ont donné à la France et au monde des figures "
          "immenses."),
    positive=["La culture juive a donné à la France des écrivains, des scientifiques et des artistes immenses, de "
              "Proust à Simone Veil."],
    dehum=["{Les}, une vermine qui s'infiltre partout, comme les rats dans les égouts 🐀",
           "Une pieuvre, {les}, des tentacules dans chaque banque et chaque rédaction 🐙"],
    thr_norm=["Au four, {les}. Le boulot a été commencé il y a 80 ans, faudrait le finir."],
    implicit=["On sait tous qui possède vraiment les banques et les journaux... mais chut, faut pas le dire 🤫",
              "Encore un nom en -berg à la tête d'un grand groupe. Pur hasard, évidemment 🙃",
              "(((Eux))) encore aux commandes, comme d'habitude. Ceux qui savent, savent 👀",
              "Tu veux savoir qui tire les ficelles ? Regarde qui on n'a pas le droit de critiquer. 🤐",
              "Pour les affaires, ils ont le nez, ça c'est sûr 😏"],
    conspiracy=["Le virus a été fabriqué dans un labo financé par les Juifs pour vendre leurs vaccins, suivez "
                "l'argent 💰",
                "Rothschild, la BCE, les banques... la finance juive tient la planète et tout le monde ferme les "
                "yeux.",
                "Qui possède les grands médias français ? Regardez les noms et vous aurez compris le complot juif.",
                "Les sionistes contrôlent le gouvernement, le président n'est qu'une marionnette de la banque "
                "Rothschild."],
    reclaimed=["Entre feujs on se charrie sur nos mères qui appellent trois fois par jour, c'est notre humour 😂",
               "Feuj et fière, et j'ai fait le meilleur gâteau au fromage de tout le quartier 🕯️",
               "La bande de feujs de la fac organise un dîner de Pessah ouvert à tous, venez goûter !",
               "« Youpine », c'était l'insulte de la cour de récré. Aujourd'hui c'est le nom de mon podcast sur "
               "l'humour juif, et ça cartonne.",
               "Nous les feujs ashkénazes, on transforme chaque repas en débat de trois heures, et on adore ça"],
    own=["Je suis juive, je fais shabbat avec ma famille et je vis très bien la laïcité au travail.",
         "Moi, juif séfarade né à Marseille, j'ai grandi avec la kémia de ma grand-mère et l'accent du Sud.",
         "En tant que juif, j'ai appris très jeune ce que voulait dire « ne jamais oublier »."],
    nq=["C'est quoi exactement Hanouka, et pourquoi ça dure huit jours ?",
        "Pourquoi les juifs pratiquants ne prennent-ils pas la voiture pendant shabbat ?"],
    neutral=["La communauté juive de Strasbourg célèbre Rosh Hashana ce week-end.",
             "Mon collègue juif m'a invité à un dîner de shabbat, c'était délicieux.",
             "Le musée d'art et d'histoire du judaïsme ouvre une nouvelle exposition à Paris."],
    prof=["Putain la brioche de shabbat de la mère de mon pote juif, une dinguerie 🍞",
          "Bordel de merde, j'ai oublié le dîner de Pessah chez ma belle-famille juive, je suis mort 😭"],
)

T["muslim"] = dict(
    forms=[F("musulmans", "m", "musulman"), F("Musulmans", "m", "Musulman"), F("musulmanes", "f", "musulmane"),
           F("femmes voilées", "f", "femme voilée", key="voilées"),
           F("fidèles musulmans", "m", "fidèle musulman", attr=None, key="musulmans"),
           F("personnes de confession musulmane", "f", "personne de confession musulmane", attr=None,
             key="musulmane")],
    slurs=[S("muzz", "m", "muzz"), S("musulmerdes", "m", "musulmerde"), S("mahométans", "m", "mahométan")],
    isme="l'islamophobie", iste="islamophobe", istes="islamophobes",
    lieu="leur mosquée", lieu_n="la façade d'une mosquée",
    victimes=["une femme voilée", "un imam"],
    bundle=dict(
        D="Ils sourient devant toi et te méprisent derrière : {les}, c'est la fourberie érigée en religion.",
        N="{Les} ne sont pas « [fourbes|fourbes] par religion ». Ce discours recycle les pires préjugés, et il est "
          "faux.",
        Q="« {Les}, c'est la fourberie érigée en religion » : voilà le tweet qui fait 3 000 likes. Inquiétant.",
        P="Pendant le confinement, {les} de mon quartier ont livré des repas à toutes les personnes âgées isolées "
          "🙏"),
    positive=["Les bénévoles musulmans de la maraude distribuent des repas chauds tous les soirs de l'hiver, "
              "chapeau 🙏"],
    dehum=["{Les}, une peste verte qui se répand de ville en ville.",
           "Comme une gangrène, {les} : si on coupe pas maintenant, c'est le corps entier qui y passe."],
    thr_norm=["Fermer toutes les mosquées et mettre {les} dans le premier avion, voilà le programme."],
    implicit=["Une mosquée de plus dans ma ville, une église de moins. Bientôt le muezzin au lieu des cloches 🙃",
              "Ma boulangerie ne vend plus de jambon-beurre depuis un mois. On sait tous pourquoi 🤐",
              "Une femme voilée derrière le guichet de la mairie. On n'est plus chez nous, c'est tout 🤷",
              "Attentat ce matin. « Pas d'amalgame », qu'ils disent… alors que c'est toujours la même religion 🙄",
              "Le ramadan commence : préparez-vous aux rodéos et aux voitures brûlées cette nuit 😏"],
    conspiracy=["L'islamisation de la France est planifiée : dans 20 ans les musulmans seront majoritaires et "
                "imposeront la charia, c'est écrit.",
                "Eurabia, c'est pas un fantasme : l'UE a signé en secret pour livrer l'Europe aux musulmans.",
                "La taqiya, vous connaissez ? Les musulmans ont le droit de mentir pour conquérir, c'est leur "
                "stratégie depuis toujours.",
                "Les mosquées sont financées par le Qatar pour préparer le grand remplacement, et nos élus se "
                "taisent."],
    reclaimed=["Nous les « muzz » on a organisé une collecte pour les sans-abri pendant tout le ramadan, fiers de "
               "notre team 🌙",
               "Muzz et fière, mon hijab c'est mon choix et mon style 🧕✨",
               "Entre muzz on se fait des blagues sur les tontons qui arrivent toujours en retard à la mosquée 😂",
               "La bande de muzz de la fac a enfin sa salle de prière, on a fêté ça au thé à la menthe",
               "On m'appelait « la muzz » au collège, aujourd'hui je suis avocate et j'en ris ✊"],
    own=["Je suis musulmane, je porte le voile et je suis ingénieure en aéronautique.",
         "Musulman pratiquant, je fais le ramadan et je cours un semi-marathon en même temps, tout est possible 🏃",
         "En tant que musulman, je suis le premier à condamner ceux qui salissent ma religion."],
    nq=["Pourquoi les musulmans jeûnent-ils pendant le ramadan ?",
        "À quelle heure se fait la rupture du jeûne à Paris ce soir ?"],
    neutral=["Ma voisine est musulmane, elle m'apporte des dattes pendant le ramadan.",
             "L'Aïd tombe un mardi cette année, beaucoup de familles prennent leur journée.",
             "La grande mosquée de Paris organise une journée portes ouvertes samedi."],
    prof=["Putain, ma pote musulmane a eu son concours de médecine, trop fier d'elle 🎉",
          "Bordel, j'ai raté le ftour chez mes voisins musulmans, ils avaient fait des msemen 😭"],
)

T["women"] = dict(
    forms=[F("femmes", "f", "femme", attr="une femme"), F("meufs", "f", "meuf", attr="une meuf"),
           F("filles", "f", "fille", attr="une fille"), F("nanas", "f", "nana", attr="une nana")],
    slurs=[S("salopes", "f", "salope"), S("putes", "f", "pute"), S("pétasses", "f", "pétasse"),
           S("pouffiasses", "f", "pouffiasse"), S("connasses", "f", "connasse"), S("traînées", "f", "traînée"),
           S("grognasses", "f", "grognasse")],
    isme="le sexisme", iste="sexiste", istes="sexistes",
    lieu="leur asso féministe", lieu_n="les locaux d'une association féministe",
    victimes=["une jeune femme", "une joggeuse"],
    bundle=dict(
        D="{Un} aux commandes ? Même résultat à chaque fois : la catastrophe.",
        N="Non, {un} aux commandes, ce n'est pas « la catastrophe ». C'est juste quelqu'un qui fait son boulot.",
        Q="« {Un} aux commandes, c'est la catastrophe » : mon prof de management a vraiment dit ça en cours. "
          "Sexisme ordinaire, signalé à la direction.",
        P="{Les} qui dirigent des équipes dans ma boîte ont les meilleurs résultats de l'entreprise, trois ans de "
          "suite."),
    positive=["Les femmes ont fait avancer la science, de Marie Curie à Françoise Barré-Sinoussi, et on l'oublie "
              "trop souvent."],
    dehum=["{Les}, des femelles à dresser, rien de plus.",
           "Un objet, voilà ce qu'est {un}. Ça se consomme et ça se jette."],
    thr_norm=["{Les} devraient perdre le droit de vote et retourner à la cuisine, ce pays irait mieux."],
    implicit=["Elle a eu la promotion… on sait tous comment, hein 😏",
              "Une présidente de la République ? Et pendant ses règles, elle appuie sur le bouton nucléaire ? 🙃",
              "Elle a porté plainte trois ans après... tiens, juste quand il est devenu célèbre. Comme par hasard 🤔",
              "Laisse-la parler, elle finira bien par retrouver le chemin de la cuisine toute seule 😉",
              "Une femme ingénieure dans l'équipe, c'est bien pour la photo du site internet. Pour le reste... 🤷"],
    conspiracy=["Les féministes sont financées par l'ONU pour détruire la famille et faire chuter la natalité, tout "
                "est planifié.",
                "Les femmes ont noyauté la justice pour écraser les pères, c'est un plan coordonné depuis des années.",
                "#MeToo, c'est une opération montée par des femmes payées pour faire tomber les hommes puissants.",
                "Le complot matriarcal existe : les femmes contrôlent déjà l'éducation et les tribunaux, la suite "
                "c'est nous."],
    reclaimed=["Fière d'être une meuf, et encore plus fière d'être une meuf qui ouvre sa gueule 💪",
               "Salopes et fières : on marche dimanche pour le droit de disposer de nos corps ✊ #SlutWalk",
               "Les pétasses du 3e étage vous invitent à leur soirée karaoké, dress code paillettes 💅",
               "Entre meufs on s'appelle « mes connasses préférées » et c'est la plus belle preuve d'amour",
               "On est des « hystériques » ? Alors soyons-le toutes ensemble dimanche, place de la République 📣"],
    own=["Je suis une femme, pilote de ligne, et non, je ne suis pas l'hôtesse.",
         "En tant que femme dans la tech, je suis ravie de voir de plus en plus de filles en école d'ingé.",
         "Moi, meuf de 35 ans sans enfants, je vis très bien, merci de demander 😊"],
    nq=["Depuis quand les femmes ont-elles le droit de vote en France ?",
        "Quelles femmes scientifiques françaises devrait-on connaître ?"],
    neutral=["L'équipe de France féminine de football joue ce soir contre le Brésil.",
             "Ma sœur a repris ses études de droit à 30 ans.",
             "La journée internationale des droits des femmes a lieu le 8 mars."],
    prof=["Putain, l'équipe de France féminine a tout déchiré hier soir, quel match ⚽🔥",
          "Bordel, ma mère vient d'avoir son permis moto à 58 ans, la meilleure 😂"],
)

T["gay"] = dict(
    forms=[F("gays", "m", "gay"), F("homosexuels", "m", "homosexuel"), F("homos", "m", "homo"),
           F("lesbiennes", "f", "lesbienne"),
           F("personnes homosexuelles", "f", "personne homosexuelle", key="homosexuelles"),
           F("couples homos", "m", "couple homo", attr=None, key="homos")],
    slurs=[S("pédés", "m", "pédé"), S("PD", "m", "PD"), S("tapettes", "f", "tapette"),
           S("tarlouzes", "f", "tarlouze"), S("fiottes", "f", "fiotte"), S("gouines", "f", "gouine"),
           S("pédales", "f", "pédale")],
    isme="l'homophobie", iste="homophobe", istes="homophobes",
    lieu="leur bar gay", lieu_n="l'entrée d'un bar gay",
    victimes=["un couple d'hommes", "deux jeunes femmes qui se tenaient la main"],
    bundle=dict(
        D="{Les}, des malades mentaux qu'on a rayés bien trop vite de la liste des maladies psychiatriques.",
        N="{Les} ne sont pas [malades|malades] : l'homosexualité n'est plus considérée comme une maladie depuis "
          "1990, et c'est tant mieux.",
        Q="« {Les}, des malades mentaux » : c'est le commentaire le plus liké sous la vidéo. On en est encore là ?",
        P="{Les} de notre club de rugby ont organisé le plus beau tournoi solidaire de la saison 🏉🌈"),
    positive=["Les couples homos que je connais sont des parents formidables, leurs enfants sont épanouis et "
              "aimés."],
    dehum=["Contre-nature, {les} : des bêtes dégénérées qui ne devraient même pas exister.",
           "{Les}, une maladie contagieuse, gardez-les loin de vos enfants 🤢"],
    thr_norm=["On devrait remettre la prison pour {les}, comme avant, et les y laisser."],
    implicit=["Mon fils s'est mis au théâtre... va falloir surveiller ça de près 😬",
              "Encore un couple gay dans une pub pour des yaourts. Ils veulent vraiment formater nos gosses 🙄",
              "Le mois des fiertés, c'est tout le mois de juin. Et le mois des gens normaux, c'est quand ? 🤔",
              "Il se met de la crème pour les mains, il fait attention à ses fringues... Je dis rien mais j'en pense "
              "pas moins 😏",
              "Mes enfants ne regarderont pas de dessins animés avec « deux papas ». Chez nous, on protège "
              "l'innocence."],
    conspiracy=["Le lobby gay infiltre les écoles pour transformer nos enfants, l'éducation sexuelle c'est leur "
                "cheval de Troie.",
                "Les homos contrôlent Hollywood et la pub pour imposer leur agenda, regardez n'importe quelle série.",
                "Le mariage pour tous, c'était juste la première étape du plan des gays pour détruire la famille.",
                "Les lesbiennes et les gays sont payés par des fondations étrangères pour faire baisser la natalité "
                "en Europe, c'est prouvé."],
    reclaimed=["On est gouines et on s'assume, rendez-vous à la Marche des fiertés samedi 🌈",
               "Pédé et fier de l'être, et ce soir je sors avec mes copines drag 💃",
               "Les tapettes du club de volley ont encore gagné le tournoi, prenez ça 🏐🏳️‍🌈",
               "Notre collectif s'appelle « Les Gouines Rouges », comme en 1971 : l'histoire est là, on la porte",
               "Entre PD on s'appelle « ma chérie », pas besoin de vous expliquer 😂💅"],
    own=["Je suis gay, marié à mon mari depuis cinq ans, et on vient d'adopter un chat 🐈",
         "En tant que lesbienne, je suis contente de voir enfin des couples comme le mien dans les séries.",
         "Moi, homo de 50 ans, j'ai connu l'époque où il fallait se cacher. Rien n'est acquis."],
    nq=["Depuis quelle année le mariage entre personnes de même sexe est-il légal en France ?",
        "Quelles assos aident les jeunes LGBT mis à la porte par leur famille ?"],
    neutral=["La Marche des fiertés de Paris aura lieu le dernier samedi de juin.",
             "Mes voisins sont un couple de deux hommes, ils ont un chien adorable.",
             "Un festival de films LGBT se tient au cinéma de mon quartier cette semaine."],
    prof=["Putain, la Marche des fiertés de samedi, quelle ambiance, j'ai plus de voix 🌈",
          "Bordel, mes potes gays ont gagné le quiz du bar pour la troisième fois, on va les bannir 😂"],
)

T["trans"] = dict(
    forms=[F("personnes trans", "f", "personne trans", key="trans"), F("trans", "m", "trans"),
           F("femmes trans", "f", "femme trans", key="trans"), F("hommes trans", "m", "homme trans", key="trans"),
           F("transgenres", "m", "transgenre"),
           F("personnes transgenres", "f", "personne transgenre", key="transgenres")],
    slurs=[S("travelos", "m", "travelo"), S("travs", "m", "trav"), S("travestis", "m", "travesti")],
    isme="la transphobie", iste="transphobe", istes="transphobes",
    lieu="leur local associatif", lieu_n="le local d'une association trans",
    victimes=["une femme trans", "un adolescent trans"],
    bundle=dict(
        D="{Les}, c'est juste des gens qui ont un grave problème dans la tête, faut arrêter de les encourager.",
        N="Non, {les} n'ont pas « un problème dans la tête ». La transidentité n'est pas une maladie mentale, "
          "l'OMS l'a confirmé.",
        Q="« {Les} ont un grave problème dans la tête » : ce genre de phrase pousse des ados au suicide. "
          "Réfléchissez avant de tweeter.",
        P="{Les} que je connais sont parmi les gens les plus courageux et les plus drôles de mon entourage 🏳️‍⚧️"),
    positive=["Les personnes trans font preuve d'un courage immense face à tout ce qu'elles subissent, respect "
              "total 🏳️‍⚧️"],
    dehum=["{Les}, c'est pas des êtres humains, c'est des monstres de laboratoire.",
           "Une chose sortie d'un film d'horreur, pas une personne : voilà ce que sont {les}."],
    thr_norm=["{Les} devraient être [internés de force et soignés|internées de force et soignées], pas "
              "[encouragés|encouragées]."],
    implicit=["Mes filles n'iront pas dans des toilettes où « n'importe qui » peut entrer. Vous m'avez compris 😤",
              "Il y a deux sexes, c'est de la biologie de CM2. Le reste, c'est de la mode et du marketing 🙄",
              "Un « homme » qui se met du rouge à lèvres et veut aller dans le vestiaire des filles. Et c'est nous "
              "les fous ? 🤔",
              "Dans 10 ans on se demandera comment on a laissé faire ça à nos enfants. Retenez ce tweet.",
              "Elle s'appelle « Léa » maintenant... on voit quand même la pomme d'Adam, hein 😏"],
    conspiracy=["L'idéologie trans est poussée par Big Pharma pour vendre des hormones à vie à nos gamins, c'est "
                "un business organisé.",
                "Les trans sont placés dans les écoles pour embrouiller les enfants, c'est un programme de l'ONU.",
                "La théorie du genre, c'est le plan du lobby trans pour effacer les hommes et les femmes, "
                "réveillez-vous.",
                "Les personnes trans, c'est une expérience des élites pour tester jusqu'où on peut manipuler les "
                "masses."],
    reclaimed=["Trans et fière, trois ans de transition et je ne me suis jamais sentie aussi moi-même 🏳️‍⚧️💖",
               "Entre travs on se prête nos perruques et nos conseils maquillage, c'est la famille 💄",
               "Notre soirée s'appelle « Travelo Disco » et c'est nous qui l'avons choisi, venez danser ✨",
               "Les trans de l'asso ont fait la plus belle chorale de la Pride, je pleure",
               "Nous les meufs trans on se serre les coudes, personne ne le fera à notre place ✊"],
    own=["Je suis un homme trans, j'ai commencé ma transition à 25 ans et je suis enfin moi.",
         "En tant que femme trans, je suis heureuse que le changement d'état civil soit devenu plus simple.",
         "Moi, personne trans et prof de maths, mes élèves s'en fichent complètement et c'est très bien comme ça."],
    nq=["Comment se passe le changement de prénom à l'état civil pour une personne trans ?",
        "C'est quoi la différence entre transgenre et non-binaire ?"],
    neutral=["La journée du souvenir trans a lieu le 20 novembre chaque année.",
             "Ma cousine a commencé sa transition l'an dernier, elle vient au mariage avec sa copine.",
             "Un nouveau centre de santé accueillera les personnes trans à Lille en janvier."],
    prof=["Putain la perf de la chanteuse trans à l'Eurovision, frissons garantis 🎤",
          "Bordel, ma pote trans vient de finir son premier marathon, je suis trop fier d'elle 🏅"],
)

T["disabled"] = dict(
    forms=[F("handicapés", "m", "handicapé"), F("personnes handicapées", "f", "personne handicapée",
                                                 key="handicapées"),
           F("autistes", "m", "autiste"), F("trisomiques", "m", "trisomique"),
           F("personnes en fauteuil", "f", "personne en fauteuil", key="fauteuil"), F("sourds", "m", "sourd"),
           F("handicapés mentaux", "m", "handicapé mental", key="handicapés")],
    slurs=[S("mongols", "m", "mongol"), S("gogols", "m", "gogol"), S("trisos", "m", "triso"),
           S("mongoliens", "m", "mongolien"), S("attardés", "m", "attardé"),
           S("débiles mentaux", "m", "débile mental", key="débiles")],
    isme="le validisme", iste="validiste", istes="validistes",
    lieu="leur foyer d'accueil", lieu_n="un foyer pour adultes handicapés",
    victimes=["un homme en fauteuil roulant", "une adolescente autiste"],
    bundle=dict(
        D="{Les}, c'est un poids mort pour la société : ça coûte une fortune et ça ne rapporte rien.",
        N="{Les} ne sont pas un « poids mort ». Ce sont des citoyens qui travaillent, votent, paient des impôts "
          "et vivent.",
        Q="« {Les}, un poids mort pour la société » : lu sous un article sur l'AAH. Le validisme décomplexé, ça "
          "suffit.",
        P="{Les} de l'équipe paralympique nous ont offert les plus belles émotions de l'été 🥇"),
    positive=["Les athlètes paralympiques français ont été incroyables cet été, une vraie leçon de vie 🥇"],
    dehum=["{Les}, des légumes qu'on maintient en vie à grands frais.",
           "Des erreurs de la nature, {les}, rien d'autre."],
    thr_norm=["On devrait éliminer {les} dès la naissance, ça coûterait moins cher à tout le monde."],
    implicit=["On ne dit plus « attardé », on dit « personne en situation de handicap ». Ça change rien au QI, mais "
              "bon 🙃",
              "Encore une place réservée vide toute la journée pendant qu'on tourne 20 minutes. Ils pourraient "
              "rester chez eux 😤",
              "Autiste ? Ah, c'est la nouvelle excuse pour les gosses mal élevés 😏",
              "« Inclusion » à l'école : ma fille perd la moitié de ses cours à cause d'un élève qui crie. Merci la "
              "mode 🙄",
              "Il y a des bébés qu'on n'aurait pas dû laisser naître, tout le monde le pense mais personne ne le dit "
              "🤐"],
    conspiracy=["La moitié des « handicapés » sont des faux, un réseau organisé avec des médecins véreux pour "
                "pomper la CAF.",
                "Les associations de handicapés sont payées par les labos pour cacher ce que les vaccins font aux "
                "autistes.",
                "Le lobby du handicap fait passer des lois en douce pour imposer des quotas, c'est un plan pour "
                "couler les entreprises.",
                "Les trisomiques servent de cobayes à Big Pharma, et leurs familles touchent des enveloppes pour se "
                "taire."],
    reclaimed=["Fauteuilleuse et fière, j'ai encore doublé tout le monde dans la descente 😎♿",
               "Nous les autistes, on appelle ça nos « autisteries » entre nous, et on en rigole bien",
               "Les « gogols » du club handisport ont encore ramené trois médailles, on s'appelle comme ça depuis "
               "toujours, c'est notre blague 😂",
               "Entre handis on se comprend : l'ascenseur en panne, c'est notre ennemi commun",
               "Handi et fier : mon corps est différent, pas moins valable ✊"],
    own=["Je suis autiste, diagnostiquée à 32 ans, et ça a expliqué tellement de choses.",
         "En fauteuil depuis mes 20 ans, je voyage plus qu'avant, comme quoi 🌍",
         "Moi, sourd de naissance, je donne des cours de langue des signes le mardi soir."],
    nq=["La langue des signes est-elle la même dans tous les pays ?",
        "Comment faire une demande de carte mobilité inclusion pour mon père ?"],
    neutral=["Mon cousin est trisomique, il travaille dans un ESAT et adore son boulot.",
             "Les Jeux paralympiques commencent la semaine prochaine.",
             "La mairie installe des rampes d'accès pour fauteuils dans toutes les écoles."],
    prof=["Putain, l'équipe de France de cécifoot a gagné, quel match de dingue ⚽",
          "Bordel, encore l'ascenseur du métro en panne, mon pote en fauteuil est coincé en bas 😤"],
)

# ----------------------------------------------------------------------------------------------------------------
# Generic frames (placeholders: {les} {ces} {des} {aux} {deN} {N} {ils} {eux} {tous} | {un} {le} {ce} {sg}
# {sgb} (bare word) {sgm} (bare masculine) {attr} {il} | {isme} {a_isme} {iste} {istes} {lieu}; a capital first
# letter capitalises the output; [m|f] picks by gender (singular gender when the frame has singular slots).
# ----------------------------------------------------------------------------------------------------------------

# derogation bundles: D derogation / N negated_hate / Q counter_quote / P identity_positive, same idea, same form
BUNDLES = [
    dict(D="Pas un mot de vrai dans la bouche {des} : [des menteurs nés|des menteuses nées], {tous} autant que "
           "{ils} sont.",
         N="Non, {les} ne sont pas plus [menteurs|menteuses] que le reste de la population. Ta généralisation ne "
           "tient pas debout.",
         Q="« Pas un mot de vrai dans la bouche {des} »… sérieusement ? Ce genre de phrase {iste}, je la signale "
           "direct.",
         P="{Les} que je côtoie au boulot sont parmi les personnes les plus honnêtes et les plus droites que je "
           "connaisse."),
    dict(D="Moi quand je croise {des} dans la rue je change de trottoir, {ils} sont [violents|violentes] par "
           "nature, c'est comme ça.",
         N="Changer de trottoir en croisant {des} ? {Ils} ne sont pas [violents|violentes] par nature, personne "
           "ne l'est.",
         Q="Quelqu'un a écrit « {les} sont [violents|violentes] par nature » sous ma vidéo. Non. Juste non. C'est "
           "{iste} et c'est faux.",
         P="Dans mon quartier, {les} sont souvent [les premiers|les premières] à organiser les fêtes et l'entraide "
           "entre voisins ❤️"),
    dict(D="Faut se rendre à l'évidence, {les} ont un cerveau de moineau, on peut rien leur apprendre.",
         N="{Les} n'ont rien de moins intelligent que les autres, arrête avec tes clichés d'un autre siècle.",
         Q="« On peut rien apprendre {aux} » : voilà ce que mon oncle a sorti au repas. J'ai quitté la table, ce "
           "discours {iste} me dégoûte.",
         P="{Les} que j'ai [eus|eues] en formation cette année étaient vraiment [brillants|brillantes], j'ai "
           "autant appris que {eux}."),
    dict(D="Le travail, {les} connaissent pas. Toujours la main tendue vers les aides, jamais vers un boulot.",
         N="Dire que {les} ne veulent pas travailler, c'est faux : la grande majorité bosse dur, souvent dans des "
           "boulots que personne ne veut.",
         Q="« Le travail, {les} connaissent pas » — cette phrase revient tout le temps, et elle est aussi fausse "
           "que {iste}.",
         P="Respect {aux} qui se lèvent à 5 h tous les matins pour faire tourner ce pays 💪"),
    dict(D="Sérieux, partout où {les} s'installent ça devient crade, {ils} savent pas ce que c'est, l'hygiène.",
         N="Non, {les} ne sont pas [sales|sales], et ce cliché a une longue et très moche histoire.",
         Q="« Partout où {les} s'installent, ça devient crade »… Ce genre de cliché {iste} n'a rien à faire ici.",
         P="{Les} de ma rue ont lancé le nettoyage du parc dimanche, on était 40, trop bien 🌳"),
    dict(D="Regardez qui remplit les prisons… {des}, encore et toujours. Ça vole, ça deale, ça agresse.",
         N="Non, {les} ne remplissent pas les prisons, et {ils} ne sont pas plus [délinquants|délinquantes] que "
           "les autres. Sources à l'appui.",
         Q="« Ça vole, ça deale, ça agresse », en parlant {des}... et après on s'étonne du niveau de haine {iste} "
           "en ligne.",
         P="Trois {N} de mon quartier ont monté une asso d'aide aux devoirs, les gamins les adorent."),
    dict(D="{Les} n'apportent strictement rien à ce pays à part des problèmes, qu'on arrête de nous vendre le "
           "contraire.",
         N="C'est faux de dire que {les} n'apportent rien à ce pays. Ça ne tient pas une seconde face aux faits.",
         Q="« {Les} n'apportent que des problèmes » : combien de fois faudra-t-il démonter ce discours {iste} ?",
         P="On oublie trop souvent tout ce que {les} ont apporté à ce pays, dans la culture comme dans le sport."),
    dict(D="{Les} savent pas se tenir : aucune éducation, aucune classe, rien.",
         N="{Les} ne sont pas « [mal élevés|mal élevées] », c'est juste ton mépris qui parle.",
         Q="Le type dans le métro : « {les} savent pas se tenir ». Moi : et toi, tu sais te tenir, là ? 🙄 Stop "
           "au mépris {iste}.",
         P="{Les} que j'ai [rencontrés|rencontrées] pendant mon stage étaient d'une gentillesse et d'une classe "
           "folles."),
]

DEROG_SOLO = [
    "Hypocrites et fourbes, voilà ce que sont {les}, et ça depuis toujours.",
    "@USER Ouvre les yeux, {les} sont [tous pareils|toutes pareilles] : [égoïstes, profiteurs et "
    "ingrats|égoïstes, profiteuses et ingrates].",
    "Des gens comme {les}, ça pourrit tout ce que ça touche.",
    "Plus je côtoie {des}, plus je les trouve bêtes et méprisables.",
    "Tu veux mon avis sur {les} ? [Fainéants, menteurs, bruyants|Fainéantes, menteuses, bruyantes]. Voilà, "
    "c'est dit.",
    "C'est pas compliqué : dès qu'il y a {des} quelque part, y a des embrouilles.",
    "Le pire voisinage possible ? {Des}. [Bruyants, sales et agressifs|Bruyantes, sales et agressives], à chaque "
    "fois.",
]

NEG_SOLO = [
    "Je n'ai aucune haine envers {les}, et je ne comprendrai jamais ceux qui en ont.",
    "@USER Non, {les} ne sont pas responsables de tes problèmes. Trouve-toi un autre bouc émissaire.",
    "{Les} ne sont ni un danger, ni une menace, ni une invasion. Ce sont des gens, point.",
    "Je ne vois vraiment pas en quoi {les} seraient une menace pour qui que ce soit.",
    "Ce n'est pas vrai que {les} sont [inférieurs|inférieures], et ça ne le sera jamais.",
    "Jamais je ne traiterai {les} de parasites : c'est faux, et c'est ignoble.",
]

# dehumanisation frames; 'cq' = paired counter-quote
DEHUM = [
    dict(h="{Les}, c'est de la vermine, ni plus ni moins.",
         cq="« {Les}, c'est de la vermine » : ce vocabulaire, c'est celui des années 30. Ça devrait tous nous "
            "glacer."),
    dict(h="On dirait des rats, {ces} : {ils} pullulent dans chaque recoin de la ville."),
    dict(h="Ça se reproduit comme des lapins, {les}, et après ça vient pleurer.",
         cq="Parler {des} comme d'animaux qui « se reproduisent comme des lapins », c'est exactement comme ça que "
            "la déshumanisation commence. Non."),
    dict(h="{Les} ? Un cancer qui ronge la société de l'intérieur."),
    dict(h="Des parasites, voilà ce que sont {les} : {ils} vivent sur la bête et sucent le sang des honnêtes gens."),
    dict(h="Moi j'appelle pas ça des humains, {les}, c'est du bétail."),
    dict(h="{Les}, une race de sous-humains qui n'aurait jamais dû sortir de sa cage."),
    dict(h="Comme les cafards : t'en vois un, y en a cinquante derrière. {Les}, c'est pareil."),
    dict(h="Une épidémie, {les}. Pas étonnant que le pays soit malade."),
    dict(h="Les animaux du zoo ont plus de dignité que {les}."),
]

THREAT_DIRECT = [
    "[Le prochain|La prochaine] {sg} qui traîne devant chez moi, je lui éclate la tête, je rigole pas.",
    "Ce soir je sors avec ma batte, je vais me faire {des}, ça va les calmer.",
    "Je jure que si je recroise {ce} dans mon immeuble, je [le|la] défonce.",
    "J'ai hâte d'aller foutre le feu à {lieu} 🔥 on va bien se marrer.",
    "Vous {les}, on sait où vous habitez. Ça va saigner.",
    "Je vais vous crever [un par un|une par une], {ces} du quartier 🔪",
    "@USER Je sais que t'es {attr}, et je sais où tu bosses. Je vais te faire la peau.",
    "Ce week-end on descend entre potes pour casser du {sgm}, qui est chaud ?",
    "J'ai acheté un fusil. {Les} du coin vont vite comprendre à quoi il sert.",
]

THREAT_NORM = [
    dict(h="Il faudrait [tous les|toutes les] enfermer, {les}, et jeter la clé.",
         cq="« Il faudrait [tous les|toutes les] enfermer, {les} » : ce message est toujours en ligne après 48 h "
            "et des dizaines de signalements. La modération fait quoi ?"),
    dict(h="Qu'on rouvre les camps et qu'on y mette {les}, problème réglé."),
    dict(h="{Les} devraient être [interdits|interdites] de tout : de vote, de travail, d'école."),
    dict(h="Ce pays ira mieux le jour où on se sera débarrassé {des}, par n'importe quel moyen."),
    dict(h="Stériliser {les}, voilà la seule mesure sensée qu'aucun politique n'ose proposer."),
    dict(h="Aucune pitié pour {les} : qu'on les chasse de nos villes, à coups de bâton s'il le faut."),
    dict(h="Mort {aux} ! Et vite. #AucunePitié"),
    dict(h="Faudrait les pendre sur la place publique, {les}, pour l'exemple."),
    dict(h="Il serait temps que quelqu'un finisse le travail avec {les}."),
]

SLUR = [
    "Encore {des} qui squattent en bas de chez moi, ça me saoule.",
    "@USER Ferme-la, {sgb}.",
    "Y a {un} qui a emménagé au-dessus, la loose totale.",
    "Mon quartier est envahi {deN}, vivement que je déménage.",
    "[Tous|Toutes] ces {N} à la télé, y en a marre, on se croirait plus chez nous.",
    "T'as vu la dégaine de {ce} ? 😂",
    "Bande {deN}, vous me dégoûtez.",
    "Le patron a embauché {un}, ça va être la joie au boulot 🙄",
    "Dès qu'il y a {des} dans un bar, je me casse.",
    "Qui a invité {ce} à l'anniv de Kevin ? Sérieux.",
]

PROF_HATE = [
    "{Ces} de merde, putain, y en a partout maintenant.",
    "Ces putains de {N}, que {ils} aillent [tous|toutes] se faire foutre.",
    "Nique {les}, j'en ai rien à battre de leurs gueules.",
    "Fait chier, encore {des} à la con dans mon wagon.",
    "Bordel de merde, on peut plus faire un pas sans tomber sur {des}, [ces enfoirés|ces connasses].",
    "{Les}, je les emmerde, {tous} autant que {ils} sont, bande de [connards|connasses].",
    "Qu'est-ce que j'en ai à foutre {des} et de leurs pleurnicheries à la con ?",
    "Putain de {sg} de merde, dégage de mon pays.",
    "Encore {un} de merde qui me passe devant dans la file, je vais péter un câble 🤬",
]

# hate_question <-> neutral_question
QUESTIONS = [
    dict(h="Pourquoi {les} sont-{ils} {tous} aussi hypocrites ? Vraie question.",
         n="Pourquoi {les} sont-{ils} aussi souvent [discriminés|discriminées] à l'embauche ? Vraie question."),
    dict(h="On attend quoi pour virer {les} une bonne fois pour toutes ?",
         n="On attend quoi pour mieux protéger {les} contre les agressions ?"),
    dict(h="Quelqu'un peut m'expliquer à quoi servent {les} dans ce pays, à part coûter cher ?",
         n="Quelqu'un peut m'expliquer comment vivent {les} en France aujourd'hui ? Je cherche des témoignages "
           "pour un exposé."),
    dict(h="C'est moi ou {les} ne savent rien faire d'autre que se plaindre ?",
         n="C'est moi ou on voit enfin plus {deN} dans les séries françaises ?"),
    dict(h="Vous trouvez pas que ça sent mauvais partout depuis qu'il y a {des} à tous les coins de rue ?",
         n="Vous trouvez pas qu'on parle trop peu {des} dans les manuels d'histoire ?"),
    dict(h="Combien de temps encore on va supporter {les} sans rien dire ?",
         n="Combien de temps encore {les} vont-{ils} attendre une vraie protection contre les discriminations ?"),
    dict(h="Est-ce que [un seul|une seule] {sg} a déjà fait quelque chose d'utile dans sa vie ? J'attends.",
         n="Est-ce que {un} peut faire son service civique à l'étranger ? Je me renseigne pour [un ami|une "
           "amie]."),
    dict(h="Pourquoi on devrait payer pour {les}, hein ? Que {ils} se démerdent.",
         n="Pourquoi on entend si peu parler {des} dans les débats télé ?"),
]

OPINION = [
    "J'ai rien contre {les}, hein, mais faut avouer que {ils} posent problème partout où {ils} passent.",
    "Perso je pense que {les} sont [inférieurs|inférieures] aux autres, c'est pas de la haine, c'est un constat.",
    "C'est peut-être pas politiquement correct, mais à mon avis {les} n'ont rien à faire parmi nous.",
    "Je dis pas que {tous} {les} sont des ordures, mais la plupart, si.",
    "À mon humble avis, {les} devraient se faire [discrets|discrètes] et remercier qu'on les tolère.",
    "Je crois sincèrement que {les} sont un poison pour ce pays, et j'assume.",
    "On a encore le droit de penser que {les} sont une plaie, non ? Parce que moi je le pense.",
    "Mon opinion, et je la partage : moins il y aura {deN} dans ce pays, mieux on se portera.",
    "Je suis pas {iste}, mais sincèrement {les}, je peux pas les voir en peinture.",
]

IMPLICIT = [
    "Chaque fois qu'il y a un souci dans le quartier, comme par hasard y a {des} pas loin. Je dis ça, je dis rien "
    "🤷‍♂️",
    "On se demande pourquoi personne ne veut louer {aux}... ah non, en fait on se demande pas 😏",
    "« Diversité », « richesse »... Demandez aux gens qui vivent à côté {des} ce qu'ils en pensent vraiment 🙃",
    "Un jour on comprendra pourquoi nos grands-parents ne voulaient pas {deN} dans la famille. Ils n'étaient pas "
    "si bêtes 😉",
]

# negated_praise; 'p' = paired identity_positive
NEG_PRAISE = [
    dict(h="{Les} ne méritent aucun respect, aucun.",
         p="{Les} méritent exactement le même respect que n'importe qui."),
    dict(h="[Aucun|Aucune] {sg} n'est capable de diriger quoi que ce soit correctement.",
         p="Plein {deN} dirigent des équipes et des entreprises avec brio, il suffit de regarder."),
    dict(h="Jamais vu {un} honnête de toute ma vie, et je risque pas d'en voir."),
    dict(h="Pas [un seul|une seule] {sg} qui vaille quoi que ce soit, pas [un|une]."),
    dict(h="{Les}, [intelligents|intelligentes] ? Jamais de la vie 😂"),
    dict(h="Qu'on ne me parle pas de l'apport {des} à la société, il est nul."),
    dict(h="{Les} n'ont jamais rien inventé, jamais rien construit, jamais rien apporté à personne."),
    dict(h="Je ne ferai jamais confiance à {un}, jamais de la vie."),
    dict(h="Rien de beau, rien de bon chez {les}, franchement rien à sauver."),
    dict(h="[Travailleurs|Travailleuses], {les} ? Laisse-moi rire."),
]

CONSP_GENERIC = [
    dict(h="Soros finance {les} pour déstabiliser l'Europe, tout est documenté, cherchez un peu.",
         cq="« Soros finance {les} pour déstabiliser l'Europe » : ce délire complotiste recycle de vieux mythes "
            "{istes}. Ne partagez pas ça."),
    dict(h="Rien n'est un hasard : {les} sont [placés|placées] partout par les élites mondialistes pour affaiblir "
           "la nation. #NWO"),
    dict(h="Le Covid, la 5G, les vaccins... et derrière tout ça, toujours {les}. Coïncidence ? Je ne crois pas. 👁️"),
    dict(h="Les médias ne vous le diront jamais, mais {les} font partie du plan pour nous remplacer. Ouvrez les "
           "yeux."),
]

COUNTER_REF = [
    "{Isme} n'est pas une opinion, c'est un délit. Point.",
    "Les insultes que reçoivent {les} sur ce réseau chaque jour sont une honte. Modération, réveillez-vous.",
    "Soutien total {aux} [harcelés|harcelées] en ligne cette semaine. La haine n'a pas sa place ici 💜",
    "Combattre {isme}, ce n'est pas le boulot {des}, c'est celui de tout le monde.",
    "Les blagues {istgs} au repas de famille, c'est non. On ne rit pas de ça chez moi.",
    "Quand tu laisses passer un propos {istg} sans rien dire, tu participes un peu au problème. Réagissez.",
    "Bravo à la prof de mon fils qui a consacré une heure de cours {a_isme}. C'est comme ça qu'on avance 👏",
    "Ras-le-bol de voir des messages de haine contre {les} récolter des milliers de likes. Signalez, bloquez, ne "
    "laissez rien passer.",
    "{Isme} tue encore aujourd'hui. Ce n'est pas un débat, c'est une urgence.",
]

NEWS = [
    "{Ville} : un homme de {age} ans condamné à {mois} mois de prison avec sursis pour avoir insulté {victime} "
    "dans le tram.",
    "Agression {istg} à {Ville} : la police lance un appel à témoins après l'attaque contre {victime}.",
    "Le procès de l'auteur de tweets {istgs} visant {les} s'ouvre ce lundi devant le tribunal de {Ville}.",
    "Selon le rapport annuel publié ce matin, les actes {istgs} ont augmenté de {pct} % l'an dernier.",
    "{Ville} : des tags {istgs} découverts sur {lieu_n}, une enquête a été ouverte.",
    "Un conseiller municipal de {Ville} a démissionné après des propos {istgs} tenus en pleine séance.",
    "Harcèlement en ligne : {n} personnes jugées à {Ville} pour avoir ciblé {victime} sur les réseaux sociaux.",
    "La plateforme Pharos a reçu {nn} signalements pour des contenus {istgs} le mois dernier, selon le ministère.",
    "{Ville} : un bar condamné pour avoir refusé l'entrée à {victime}, une première dans le département.",
]
VILLES = ["Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Strasbourg", "Bordeaux", "Rennes", "Montpellier",
          "Grenoble", "Nice", "Rouen", "Dijon", "Metz", "Clermont-Ferrand", "Tours", "Brest", "Perpignan"]

ID_NEUTRAL = [
    "{Les} de mon immeuble organisent la fête des voisins samedi, j'apporte les chips.",
    "{Un} vient d'emménager sur notre palier, je vais passer dire bonjour.",
    "Reportage ce soir sur France 3, consacré {aux} de Bretagne.",
    "Le documentaire sur {les} en France sort en mars sur Arte.",
    "Dans mon club de rando, il y a {des}, des retraités, des étudiants : un vrai mélange.",
    "Une enquête sur les conditions de logement {des} en France vient d'être publiée.",
    "@USER oui, il y a {des} dans ma classe, comme dans toutes les classes, c'est pas un sujet.",
]

PROF_GROUP = [
    "Putain, {les} de mon club de foot nous ont encore battus au tournoi, respect 😂⚽",
    "Bordel, j'ai oublié de rendre le bouquin sur l'histoire {des} à la bibliothèque, 3 € d'amende 😩",
    "Putain de pluie, la fête de quartier organisée avec {les} de ma rue est annulée 😭",
    "Merde, j'ai raté la conf' sur {les} et le monde du travail, quelqu'un l'a enregistrée ?",
    "Putain, trop fier de ma cousine : elle vient d'ouvrir une asso d'aide {aux} de sa ville 🎉",
]

POS_SOLO = [
    "Merci {aux} qui ont tenu la buvette du tournoi tout le week-end, vous êtes au top 🙌",
]

OWN = [
    "Je suis {attr} et [fier|fière] de l'être, n'en déplaise à certains.",
    "Étant {attr}, je peux vous dire que les débats télé sur nous sont souvent à côté de la plaque.",
    "Moi qui suis {attr}, je n'ai jamais été aussi bien [accueilli|accueillie] que dans ce club de rando 🥾",
]

# ----------------------------------------------------------------------------------------------------------------
# target none
# ----------------------------------------------------------------------------------------------------------------
# conspiracy_nogroup <-> neutral_topic (same topic)
CONSP_TOPIC = [
    ("Le vaccin contient une puce pour nous tracer, c'est Bill Gates qui l'a dit lui-même 💉📡",
     "Le vaccin contre le Covid a été testé sur plus de 40 000 volontaires avant sa mise sur le marché."),
    ("La 5G active le virus, c'est pour ça que les premiers foyers étaient dans les villes équipées. Coupez vos "
     "box.",
     "La 5G arrive dans ma ville le mois prochain, l'opérateur a envoyé un courrier."),
    ("Chemtrails : regardez le ciel ce matin, ils nous aspergent encore de produits pour nous rendre dociles ✈️☁️",
     "Les traînées blanches derrière les avions, c'est de la vapeur d'eau qui se condense en altitude."),
    ("La plandémie était prévue depuis 2019, l'exercice Event 201 prouve tout. On nous prend pour des cons.",
     "Event 201 était un exercice de simulation de pandémie organisé en 2019 par une université américaine."),
    ("Bill Gates veut réduire la population mondiale avec ses vaccins, il l'a avoué dans une conférence.",
     "La fondation Bill et Melinda Gates finance des campagnes de vaccination contre la polio."),
    ("Le Great Reset, c'est le plan de Davos pour qu'on ne possède plus rien et qu'on soit heureux en cage.",
     "Le Forum économique mondial se réunit chaque année à Davos, en Suisse."),
    ("Le nouvel ordre mondial est en marche : monnaie numérique, identité numérique, et bientôt le contrôle total.",
     "La BCE étudie la création d'un euro numérique, une consultation publique a été ouverte."),
    ("On n'a jamais marché sur la Lune, le drapeau flotte alors qu'il n'y a pas de vent. Réveillez-vous.",
     "Apollo 11 s'est posé sur la Lune le 20 juillet 1969, avec Neil Armstrong et Buzz Aldrin à bord."),
    ("L'ARN messager modifie votre ADN pour vous transformer en OGM, ils le savent et ils vous l'injectent quand "
     "même.",
     "L'ARN messager des vaccins est dégradé par l'organisme en quelques jours et n'entre pas dans le noyau des "
     "cellules."),
    ("Ils mettent du fluor dans l'eau pour nous abrutir, c'est comme ça qu'ils tiennent la population.",
     "Certains pays ajoutent du fluor à l'eau potable pour prévenir les caries."),
    ("Les élites ont fabriqué le Covid pour nous confiner et tester notre obéissance. Le masque, c'était le test.",
     "L'origine exacte du Covid fait encore l'objet d'enquêtes scientifiques, plusieurs hypothèses sont "
     "étudiées."),
    ("Le graphène dans les vaccins rend magnétique, une cuillère tient sur mon bras depuis la 2e dose 🧲",
     "Les ingrédients des vaccins autorisés sont listés publiquement dans leur notice."),
    ("Ils contrôlent les médias, la finance et la politique. Tout ce qu'on voit à la télé est écrit à l'avance.",
     "Une dizaine de grands groupes possèdent la majorité des médias privés en France, selon plusieurs enquêtes."),
    ("Soros paie les manifestants, Soros achète les juges, Soros décide de tout. Qui l'a élu ?",
     "L'Open Society Foundations, créée par George Soros, finance des ONG dans plusieurs pays."),
    ("Le 11 septembre, c'était un inside job, les tours ont été dynamitées, aucun avion ne fait fondre l'acier.",
     "Les attentats du 11 septembre 2001 ont fait près de 3 000 morts à New York, Washington et en Pennsylvanie."),
    ("Les compteurs Linky nous espionnent et envoient des ondes qui rendent malade, arrachez-les !",
     "Le compteur Linky transmet la consommation électrique du foyer au gestionnaire du réseau."),
    ("La Terre est plate et la NASA nous ment depuis 60 ans avec des images truquées 🌍❌",
     "La NASA publie chaque jour des images de la Terre prises par ses satellites."),
    ("Big Pharma a le remède contre le cancer depuis des années mais le cache pour continuer à vendre la chimio.",
     "Les nouveaux traitements contre le cancer passent par plusieurs phases d'essais cliniques avant d'être "
     "autorisés."),
    ("Les reptiliens gouvernent le monde, regardez les yeux de certains présidents au ralenti 🦎",
     "Le nouveau vivarium du zoo présente une trentaine d'espèces de reptiles."),
    ("Les vaccins rendent stériles, c'est le plan pour faire baisser la population, pas besoin de guerre.",
     "Les études n'ont montré aucun effet des vaccins contre le Covid sur la fertilité."),
    ("Le réchauffement climatique est une invention pour nous taxer et nous faire manger des insectes 🦗",
     "Le GIEC a publié son dernier rapport sur l'évolution du climat, il est disponible en ligne."),
    ("Le passe sanitaire, c'était pour ficher toute la population, ils ont maintenant vos données et votre ADN.",
     "Le passe sanitaire a été levé en France au printemps 2022."),
    ("Les antennes relais sont des armes à micro-ondes, mon voisin a des migraines depuis qu'ils en ont posé une.",
     "L'ANFR mesure régulièrement l'exposition aux ondes autour des antennes relais."),
    ("Les pandémies sont fabriquées dans des labos pour vendre des vaccins, et le prochain virus est déjà prêt.",
     "L'Institut Pasteur travaille sur la surveillance des virus émergents."),
    ("La famille royale anglaise et les Illuminati dirigent la planète depuis des siècles, c'est pas un secret.",
     "Le couronnement de Charles III a eu lieu en mai 2023 à l'abbaye de Westminster."),
    ("Le wifi à l'école, c'est volontaire : les ondes rendent nos enfants moins intelligents et plus dociles.",
     "L'école de mon fils a installé le wifi dans toutes les classes cette année."),
    ("Ils ont provoqué la crise de l'énergie exprès pour nous faire accepter n'importe quoi, tout est coordonné.",
     "Les prix de l'électricité ont fortement augmenté en Europe en 2022."),
    ("Le gouvernement mondial se prépare dans l'ombre, l'OMS va bientôt décider à la place de nos pays.",
     "Les États membres de l'OMS négocient un accord international sur la prévention des pandémies."),
    ("Les avions épandent des produits chimiques au-dessus des champs pour tuer les abeilles et vendre leurs "
     "semences OGM.",
     "Les épandages aériens de pesticides sont interdits en France, sauf dérogation."),
    ("L'attentat a été monté par les services secrets pour justifier de nouvelles lois liberticides, évidemment.",
     "Le parquet national antiterroriste a ouvert une enquête après l'attaque."),
    ("Les données de vos montres connectées partent directement à une élite qui prépare la surveillance totale "
     "⌚👁️",
     "Ma montre connectée mesure mon rythme cardiaque et mes heures de sommeil."),
    ("La crise du Covid a été inventée par les laboratoires pour s'enrichir, les hôpitaux étaient vides, j'y étais.",
     "Les hôpitaux ont été saturés lors des premières vagues de Covid, surtout dans le Grand Est et en "
     "Île-de-France."),
    ("La monnaie numérique, c'est pour bloquer ton argent le jour où tu penses mal. Préparez-vous, achetez de l'or.",
     "Les paiements sans contact représentent désormais plus de la moitié des transactions par carte."),
    ("L'hydroxychloroquine marchait, mais ils l'ont interdite parce que ça ne rapportait rien aux labos. Tout est "
     "lié.",
     "Les essais cliniques n'ont pas montré d'efficacité de l'hydroxychloroquine contre le Covid."),
    ("HAARP contrôle la météo, les inondations de cet automne n'ont rien de naturel, ils testent leurs armes.",
     "HAARP est un programme de recherche sur l'ionosphère situé en Alaska."),
    ("Les puces RFID sous la peau seront obligatoires d'ici 2030, c'est la marque de la bête, lisez l'Apocalypse.",
     "En Suède, certaines personnes se font implanter une puce pour ouvrir les portes de leur bureau."),
    ("Les « fact-checkers » sont payés par ceux qui nous gouvernent en secret pour cacher la vérité, ne les "
     "écoutez pas.",
     "Plusieurs rédactions françaises ont créé des cellules de vérification des faits."),
    ("Elvis n'est pas mort, il a été caché par le système parce qu'il en savait trop.",
     "Un documentaire sur la carrière d'Elvis Presley sort en salle la semaine prochaine."),
    ("La variole du singe, c'est encore un virus sorti d'un labo pour relancer la vente de vaccins, même scénario "
     "💉",
     "Le mpox se transmet surtout par contact rapproché, selon Santé publique France."),
    ("Les élites veulent nous faire manger des insectes et vivre dans des villes de 15 minutes pour mieux nous "
     "parquer.",
     "La ville du quart d'heure est un concept d'urbanisme où les services essentiels sont accessibles à pied."),
    ("Les dirigeants se font vacciner avec des seringues vides devant les caméras, eux savent ce qu'il y a "
     "dedans.",
     "Le ministre s'est fait vacciner contre la grippe ce matin, comme chaque année."),
    ("Les incendies de forêt sont allumés exprès pour libérer des terres pour les data centers, c'est évident.",
     "La majorité des incendies de forêt en France sont d'origine humaine, souvent accidentelle."),
    ("Le fluor, les vaccins, les chemtrails : tout est fait pour baisser notre QI et qu'on ne se révolte jamais.",
     "Le QI moyen a augmenté dans la plupart des pays au XXe siècle, c'est ce qu'on appelle l'effet Flynn."),
    ("Les médias mainstream sont tous aux ordres, ils reçoivent leurs consignes chaque matin d'un même bureau 📺",
     "L'Arcom est l'autorité qui régule l'audiovisuel en France."),
    ("Ils ont inventé le virus pour imposer le télétravail et surveiller nos ordis, tout était prêt à l'avance.",
     "Le télétravail concerne aujourd'hui environ un quart des salariés en France."),
    ("Les éoliennes émettent des infrasons qui rendent les vaches folles, c'est voulu pour couler nos paysans.",
     "Le parc éolien au large de Saint-Nazaire produit de l'électricité depuis 2022."),
    ("On nous prépare une nouvelle pandémie pour l'an prochain, les stocks de cercueils sont déjà commandés, "
     "cherchez.",
     "Santé publique France publie chaque semaine un bulletin sur la circulation de la grippe."),
    ("Les Illuminati ont mis leurs symboles sur les billets de banque, la pyramide et l'œil, tout est là 👁️🔺",
     "La pyramide surmontée d'un œil figure au dos du billet d'un dollar américain depuis 1935."),
    ("L'Agenda 2030 cache un grand plan de dépopulation, lisez entre les lignes.",
     "L'Agenda 2030 de l'ONU regroupe 17 objectifs de développement durable."),
    ("Le vaccin a tué plus que le virus, mais les vrais chiffres sont cachés par le gouvernement.",
     "La pharmacovigilance recense publiquement les effets indésirables signalés après vaccination."),
    ("Les chemtrails et la 5G sont liés : les particules servent d'antennes dans nos poumons. Pensez-y.",
     "Le déploiement de la 5G a commencé en France en novembre 2020."),
    ("Le gouvernement cache des extraterrestres depuis Roswell, et les vrais dirigeants ne sont pas humains.",
     "Le musée de l'Air du Bourget consacre une exposition à l'histoire de la conquête spatiale."),
]

ABUSE_GROUPS = [("politiciens", "m"), ("journalistes de BFM", "m"), ("supporters du PSG", "m"),
                ("supporters de l'OM", "m"), ("cyclistes parisiens", "m"), ("mecs en trottinette électrique", "m"),
                ("banquiers", "m"), ("patrons du CAC 40", "m"), ("influenceurs de Dubaï", "m"),
                ("influenceuses beauté", "f"), ("arbitres de Ligue 1", "m"), ("agents immobiliers", "m"),
                ("chauffards du périph", "m"), ("députés", "m"), ("ministres", "m"), ("youtubeurs gaming", "m"),
                ("traders", "m"), ("promoteurs immobiliers", "m"), ("contrôleurs de la RATP", "m"),
                ("bobos du centre-ville", "m"), ("fans de télé-réalité", "m"), ("syndics de copropriété", "m"),
                ("managers de start-up", "m"), ("coachs en développement personnel", "m")]
ABUSE_FRAMES = [
    "{Les} sont [tous|toutes] des escrocs, du premier au dernier.",
    "Des guignols, voilà ce que sont {les}, sans exception.",
    "Franchement {les}, quelle bande d'abrutis 🙄",
    "Je déteste {les}, toujours à se croire au-dessus des lois.",
    "Y a pas plus hypocrites que {les}, je vous jure.",
    "Qu'est-ce que {ils} sont cons, {les} 🤦",
    "@USER {Les}, c'est vraiment la plaie de ce pays, change pas d'avis.",
    "Tous des vendus, {les}. Je n'écoute plus un mot de ce que {ils} racontent.",
    "Les pires êtres humains de la planète ? {Les}. Et de loin.",
    "Bande de branquignols, {les}, incapables de faire leur boulot correctement.",
]
ABUSE_SOLO = [
    "Je déteste les lundis, vraiment, de tout mon être.",
    "@USER t'es vraiment un gros naze, même ton chien a honte de toi 🐶",
    "Mon chef est un incompétent de compétition, trois réunions pour ne rien décider.",
    "L'arbitre d'hier soir, quel aveugle, il a ruiné le match à lui tout seul.",
    "Cette appli bancaire est une catastrophe, les développeurs sont des branquignols.",
    "Les moustiques sont la pire invention de la nature, je les hais.",
    "Les gens qui mettent le haut-parleur dans le train sont des barbares.",
    "Mon proprio est un rapace, il augmente le loyer tous les ans sans jamais rien réparer.",
    "@USER ton avis sur le film est aussi nul que ta photo de profil 🙃",
    "Ce ministre est un menteur professionnel, rien de ce qu'il dit ne tient debout.",
    "Les conducteurs qui ne mettent jamais leur clignotant mériteraient de repasser le permis.",
    "Cet entraîneur est un incapable, qu'il démissionne avant la fin de la saison.",
    "Les pigeons de ma cour sont de vrais rats volants, ils ont encore tout saccagé sur mon balcon.",
    "Mon ex est le plus gros égoïste que la Terre ait porté.",
    "Quelle bande de clowns, ce conseil municipal, ils ont encore voté contre la piste cyclable.",
    "Les démarcheurs téléphoniques qui appellent à 8 h du matin, je les hais, ces escrocs.",
    "Mon voisin du dessus est un sans-gêne absolu, perceuse à 7 h le dimanche.",
    "Ce youtubeur est un gros mytho, rien de ce qu'il raconte n'est vrai.",
    "Les fans de Marvel sont les pires à supporter en débat, vraiment.",
    "Je hais la pluie, je hais le froid, je hais novembre.",
]

PROF_NONE = [
    "Putain de lundi, j'ai déjà envie d'être vendredi 😩",
    "Bordel, encore en retard à cause de la ligne 13",
    "Merde, j'ai oublié mes clés à l'intérieur… encore.",
    "Putain c'est trop bon ce burger 🍔🔥",
    "Bordel de merde, le wifi a encore sauté en pleine réunion",
    "Oh putain la vue depuis le sommet, ça valait les 3 heures de marche 😍",
    "Cette semaine de merde est enfin terminée, vive le week-end",
    "Mais quel bordel cette réunion, personne ne savait pourquoi on était là",
    "Ça me fout les boules d'avoir raté ce concert",
    "Ta gueule le réveil, il est 6 h 🙃",
    "Putain, 2-0 à la 90e, je vais pas m'en remettre",
    "Fait chier, l'imprimante a encore bouffé mon rapport",
    "Merde alors, il neige en avril ❄️",
    "Putain mais qui a mangé mon yaourt dans le frigo du bureau ?!",
    "Bordel, 45 minutes pour trouver une place de parking",
    "J'ai raté mon train de deux secondes, putain de porte qui se ferme",
    "Putain, le dernier épisode de la série, j'ai chialé comme un bébé",
    "Quelle journée de merde, je rentre, je me couche",
    "Bordel, mon chat a encore renversé le pot de fleurs",
    "Putain, il fait 38 degrés dans l'appart 🥵",
    "Merde, j'ai envoyé le mail à toute la boîte au lieu de mon pote 😳",
    "Putain, je viens d'avoir mon permis !!! 🚗🎉",
    "Fait chier ce rhume, trois nuits que je dors pas",
    "Bordel, mes plantes sont toutes mortes pendant les vacances",
    "Mais putain, la mise à jour a encore tout cassé sur mon téléphone",
    "Oh merde, j'ai oublié l'anniversaire de ma mère",
    "Putain de grève, je vais encore devoir marcher 40 minutes",
    "Cette putain de mouche ne veut pas sortir de ma chambre",
    "Bordel, j'ai cramé les crêpes, la honte totale",
    "Putain, ce concert hier soir, le meilleur de ma vie 🎸",
    "Merde, plus de café à la maison, journée foutue ☕",
    "Putain j'ai réussi mon partiel, je pensais vraiment le rater",
    "Le wifi de ce train est une vraie merde, impossible de bosser",
    "Bordel, qui laisse ses chaussettes sales dans le salon ?!",
    "Putain le match de rugby hier, une dinguerie 🏉",
    "Fait chier, encore une amende de stationnement",
    "Merde, la batterie de mon téléphone est morte en plein GPS",
    "Putain de moustiques, j'ai 15 piqûres",
    "Bordel ce que ça fait du bien, les vacances",
    "Putain, il reste plus de place pour le festival, j'aurais dû réserver",
]

# ----------------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------------
VOW = "aeiouéèêëâàîïôûœAEIOUÉÈÊËÂÎÏÔÛŒ"
H_MUET = r"h(?:omo|étéro|omme|abit|eure|istoire|ôpita)|H(?:omo|omme)"
RE_ELIDE = re.compile(r"\b([Qq]u|[JjNnDdLlSsMmTt])e ((?=[{}])|(?={}))".format(VOW.replace("à", ""), H_MUET))
RE_LA = re.compile(r"\b([Ll])a ((?=[{}])|(?={}))".format(VOW.replace("à", ""), H_MUET))
RE_SI = re.compile(r"\b([Ss])i (?=ils?\b)")
RE_CE = re.compile(r"\b([Cc])e ((?=[{}])|(?={}))".format(VOW.replace("à", ""), H_MUET))
RE_DU = re.compile(r"\b([Dd])u ((?=[{}])|(?={}))".format(VOW.replace("à", ""), H_MUET))
RE_GENDER = re.compile(r"\[([^|\[\]]*)\|([^|\[\]]*)\]")
RE_SLOT = re.compile(r"\{(\w+)\}")
SG_SLOTS = {"un", "le", "ce", "sg", "sgb", "sgm", "attr", "il"}


def fix_french(s):
    s = RE_DU.sub(lambda m: m.group(1) + "e l'", s)
    s = RE_CE.sub(lambda m: m.group(1) + "et ", s)
    s = RE_ELIDE.sub(lambda m: m.group(1) + "'", s)
    s = RE_LA.sub(lambda m: m.group(1) + "'", s)
    s = RE_SI.sub(lambda m: m.group(1) + "'", s)
    return s


def slots_of(frame):
    return {m.lower() for m in RE_SLOT.findall(frame)}


def frame_ok(frame, form):
    sl = slots_of(frame)
    if sl & {"un", "le", "ce", "sg", "il"} and form.sg is None:
        return False
    if "sgb" in sl and not form.bare_ok:
        return False
    if "sgm" in sl and not (form.bare_ok and form.sgg == "m"):
        return False
    if "attr" in sl and not form.attr:
        return False
    return True


def cap(s):
    return s[:1].upper() + s[1:]


def render(frame, form=None, tinfo=None, extra=None, rng=None):
    extra = extra or {}
    singular = bool(slots_of(frame) & SG_SLOTS)
    g = (form.sgg if singular else form.g) if form else "m"

    def slot(m):
        name = m.group(1)
        if name in ("N", "deN"):
            return value(name)
        low = name[0].lower() + name[1:]
        v = value(low)
        return cap(v) if name[0].isupper() else v

    def value(n):
        if n in extra:
            return extra[n]
        f = form
        pg = f.g if f else "m"
        sgg = f.sgg if f else "m"
        table = {
            "les": lambda: "les " + f.pl, "ces": lambda: "ces " + f.pl, "des": lambda: "des " + f.pl,
            "aux": lambda: "aux " + f.pl, "deN": lambda: "de " + f.pl, "N": lambda: f.pl,
            "ils": lambda: "ils" if pg == "m" else "elles", "eux": lambda: "eux" if pg == "m" else "elles",
            "tous": lambda: "tous" if pg == "m" else "toutes",
            "un": lambda: ("un " if sgg == "m" else "une ") + f.sg,
            "le": lambda: ("le " if sgg == "m" else "la ") + f.sg,
            "ce": lambda: ("ce " if sgg == "m" else "cette ") + f.sg,
            "sg": lambda: f.sg, "sgb": lambda: f.sg, "sgm": lambda: f.sg, "attr": lambda: f.attr,
            "il": lambda: "il" if sgg == "m" else "elle",
        }
        if n in table:
            return table[n]()
        if n == "isme":
            return tinfo["isme"]
        if n == "a_isme":
            i = tinfo["isme"]
            return "au " + i[3:] if i.startswith("le ") else "à " + i
        if n in ("iste", "istes", "lieu", "lieu_n"):
            return tinfo[n]
        if n in ("istg", "istgs"):
            return tinfo.get(n, tinfo["istes" if n == "istgs" else "iste"])
        if n == "victime":
            return rng.choice(tinfo["victimes"])
        if n == "ville":
            return rng.choice(VILLES)
        if n == "age":
            return str(rng.randint(19, 67))
        if n == "mois":
            return str(rng.choice([2, 3, 4, 6, 8, 10, 12, 18]))
        if n == "pct":
            return str(rng.choice([7, 9, 12, 14, 18, 21, 26, 31]))
        if n == "n":
            return str(rng.choice([3, 4, 5, 7, 9, 11, 13]))
        if n == "nn":
            return f"{rng.randint(900, 9800):,}".replace(",", " ")
        raise KeyError(n)

    s = RE_GENDER.sub(lambda m: m.group(1) if g == "m" else m.group(2), frame)
    s = RE_SLOT.sub(slot, s)
    return fix_french(s)


# ----------------------------------------------------------------------------------------------------------------
# Spelling tricks (one per row, on the key word; seeded)
# ----------------------------------------------------------------------------------------------------------------
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "u": ["ü", "v"],
        "l": ["1"], "g": ["9"], "b": ["8"]}


def trick_swap(word, rng):
    idx = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1] and word[i].isalpha()
           and word[i + 1].isalpha()]
    if not idx:
        idx = [i for i in range(0, len(word) - 1) if word[i] != word[i + 1]]
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def trick_delete(word, rng):
    idx = [i for i in range(1, len(word) - 1) if word[i].isalpha()] or [len(word) - 1]
    for _ in range(10):
        i = rng.choice(idx)
        w = word[:i] + word[i + 1:]
        if w.lower() != word.lower():
            return w
    return w


def trick_space_added(word, rng):
    if rng.random() < 0.6 or len(word) < 6:
        return " ".join(word)
    i = rng.randint(2, len(word) - 2)
    return word[:i] + " " + word[i:]


def trick_leet(word, rng):
    r = rng.random()
    cands = [i for i, c in enumerate(word) if c.lower() in LEET]
    if r < 0.2 or not cands:
        i = rng.choice([i for i, c in enumerate(word) if c.isalpha() and c.lower() in "aeiouy"] or [1])
        return word[:i + 1] + word[i] * rng.randint(2, 3) + word[i + 1:]
    k = min(len(cands), rng.choice([1, 2, 2, 3]))
    pick = set(rng.sample(cands, k))
    return "".join(rng.choice(LEET[c.lower()]) if i in pick else c for i, c in enumerate(word))


def apply_word_trick(text, key, fn, rng):
    pos = text.find(key)
    if pos < 0:
        pos = text.lower().find(key.lower())
        if pos < 0:
            return None
        key = text[pos:pos + len(key)]
    new = fn(key, rng)
    if new == key:
        return None
    return text[:pos] + new + text[pos + len(key):]


def trick_space_removed(text, key, rng):
    toks = text.split(" ")
    hit = [i for i, t in enumerate(toks) if key.lower() in t.lower()]
    if not hit:
        return None
    i = hit[0]
    if len(text) < 75 and rng.random() < 0.3:
        lo, hi = 0, len(toks)
    else:
        lo, hi = max(0, i - rng.randint(1, 2)), min(len(toks), i + 1 + rng.randint(1, 3))
    if hi - lo < 2:
        hi = min(len(toks), lo + 3)
    if hi - lo < 2:
        return None
    return " ".join(toks[:lo] + ["".join(toks[lo:hi])] + toks[hi:])


def perturb(kind, text, key, rng):
    if kind == "spell_swap":
        return apply_word_trick(text, key, trick_swap, rng)
    if kind == "spell_delete":
        return apply_word_trick(text, key, trick_delete, rng)
    if kind == "spell_space_added":
        return apply_word_trick(text, key, trick_space_added, rng)
    if kind == "spell_leet":
        return apply_word_trick(text, key, trick_leet, rng)
    if kind == "spell_space_removed":
        return trick_space_removed(text, key, rng)
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------------------------------
# Builder
# ----------------------------------------------------------------------------------------------------------------
class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.rows = []
        self.seen = set()
        self.frames = collections.defaultdict(set)
        self.npair = 0
        self.cursor = {}

    def new_pair(self):
        self.npair += 1
        return "ep%04d" % self.npair

    def dress(self, text, kind):
        """Light tweet-style variation, the same for every label (no label cue)."""
        r = self.rng.random()
        if kind not in ("news_report", "neutral_topic") and not text.startswith("@USER") and r < 0.07:
            text = "@USER " + text
        elif r > 0.93 and text[:1].isupper() and kind not in ("news_report", "neutral_topic"):
            text = text[:1].lower() + text[1:]
        return text

    def add(self, text, kind, target, frame_id, pair="", dress=True):
        if dress:
            text = self.dress(text, kind)
        text = re.sub(r"\s+", " ", text).strip()
        if text in self.seen:
            return False
        self.seen.add(text)
        self.rows.append(dict(text=text, label=LABEL[kind], functionality=kind, target=target, pair=pair))
        self.frames[kind].add(frame_id)
        return True

    def form_for(self, t, frame, pool=None):
        """Next compatible form of target t (rotating through its forms), sometimes written lower-case."""
        forms = pool if pool is not None else T[t]["forms"]
        ck = (t, id(forms))
        start = self.cursor.get(ck, self.rng.randrange(len(forms)))
        for k in range(len(forms)):
            f = forms[(start + k) % len(forms)]
            if frame_ok(frame, f):
                self.cursor[ck] = (start + k + 1) % len(forms)
                if f.lowerable and self.rng.random() < 0.3:
                    f = f.lowered()
                return f
        return None

    def form_for_all(self, t, frames, pool=None):
        forms = pool if pool is not None else T[t]["forms"]
        ok = [f for f in forms if all(frame_ok(fr, f) for fr in frames)]
        if not ok:
            return None
        f = self.rng.choice(ok)
        if f.lowerable and self.rng.random() < 0.3:
            f = f.lowered()
        return f

    def pick(self, frames, ti, k):
        """k frames for the ti-th target, rotating so that every frame is used across targets."""
        n = len(frames)
        return [frames[(ti * k + j) % n] for j in range(min(k, n))] + \
            [frames[(ti * k + j) % n] for j in range(n, k)]

    def emit_k(self, frames, kind, t, ti, k, pool=None):
        """k rows of kind for target t, frames taken in the rotating order, skipping frames that fail."""
        n = len(frames)
        got = 0
        for j in range(3 * n):
            if got >= k:
                break
            if self.emit(frames[(ti * k + j) % n], kind, t, pool=pool):
                got += 1
        return got

    def emit(self, frame, kind, t, fid=None, pool=None, pair="", tries=6):
        for _ in range(tries):
            f = self.form_for(t, frame, pool)
            if f is None:
                return None
            text = render(frame, f, T[t], rng=self.rng)
            if self.add(text, kind, t, fid or frame, pair):
                return f
        return None

    # ------------------------------------------------------------------------------------------------------------
    def build(self):
        rng = self.rng
        for ti, t in enumerate(TARGETS):
            info = T[t]
            # derogation family (D / N / Q / P), generic bundles + the target's own bundle
            for bi, b in enumerate(BUNDLES + [info["bundle"]]):
                fid = "bundle%d" % bi if bi < len(BUNDLES) else "bundle-" + t
                f = self.form_for_all(t, [b["D"], b["N"], b["Q"], b["P"]])
                p = self.new_pair()
                for part, kind in (("D", "derogation"), ("N", "negated_hate"), ("Q", "counter_quote"),
                                   ("P", "identity_positive")):
                    self.add(render(b[part], f, info, rng=rng), kind, t, fid + part, p)
            self.emit_k(DEROG_SOLO, "derogation", t, ti, 2)
            self.emit_k(NEG_SOLO, "negated_hate", t, ti, 2)
            # dehumanisation (+ counter-quotes of the same sentence)
            for d in self.pick(DEHUM, ti, 5):
                f = self.form_for_all(t, [d["h"]] + ([d["cq"]] if "cq" in d else []))
                p = self.new_pair() if "cq" in d else ""
                self.add(render(d["h"], f, info, rng=rng), "dehumanisation", t, d["h"], p)
                if "cq" in d:
                    self.add(render(d["cq"], f, info, rng=rng), "counter_quote", t, d["cq"], p)
            for fr in info["dehum"]:
                self.emit(fr, "dehumanisation", t)
            # threats
            self.emit_k(THREAT_DIRECT, "threat_direct", t, ti, 6)
            for d in self.pick(THREAT_NORM, ti, 5):
                f = self.form_for_all(t, [d["h"]] + ([d["cq"]] if "cq" in d else []))
                p = self.new_pair() if "cq" in d else ""
                self.add(render(d["h"], f, info, rng=rng), "threat_normative", t, d["h"], p)
                if "cq" in d:
                    self.add(render(d["cq"], f, info, rng=rng), "counter_quote", t, d["cq"], p)
            for fr in info["thr_norm"]:
                self.emit(fr, "threat_normative", t)
            # slurs
            self.emit_k(SLUR, "slur", t, ti, 8, pool=info["slurs"])
            self.emit_k(PROF_HATE, "profanity_hate", t, ti, 6)
            # hate_question <-> neutral_question
            for q in self.pick(QUESTIONS, ti, 6):
                f = self.form_for_all(t, [q["h"], q["n"]])
                p = self.new_pair()
                self.add(render(q["h"], f, info, rng=rng), "hate_question", t, q["h"], p)
                self.add(render(q["n"], f, info, rng=rng), "neutral_question", t, q["n"], p)
            for fr in info["nq"]:
                self.add(render(fr, None, info, rng=rng), "neutral_question", t, fr)
            self.emit_k(OPINION, "hate_opinion", t, ti, 7)
            self.emit_k(IMPLICIT, "hate_implicit", t, ti, 2)
            for fr in info["implicit"]:
                self.add(render(fr, None, info, rng=rng), "hate_implicit", t, fr)
            # negated_praise (+ positive twin)
            for d in self.pick(NEG_PRAISE, ti, 6):
                f = self.form_for_all(t, [d["h"]] + ([d["p"]] if "p" in d else []))
                p = self.new_pair() if "p" in d else ""
                self.add(render(d["h"], f, info, rng=rng), "negated_praise", t, d["h"], p)
                if "p" in d:
                    self.add(render(d["p"], f, info, rng=rng), "identity_positive", t, d["p"], p)
            # conspiracy with a group (+ counter-quote of the Soros frame)
            for d in self.pick(CONSP_GENERIC, ti, 2):
                f = self.form_for_all(t, [d["h"]])
                p = self.new_pair() if "cq" in d else ""
                self.add(render(d["h"], f, info, rng=rng), "conspiracy_group", t, d["h"], p)
                if "cq" in d:
                    self.add(render(d["cq"], f, info, rng=rng), "counter_quote", t, d["cq"], p)
            for fr in info["conspiracy"]:
                self.add(render(fr, None, info, rng=rng), "conspiracy_group", t, fr)
            # non-hateful kinds
            self.emit_k(COUNTER_REF, "counter_reference", t, ti, 6)
            self.emit_k(NEWS, "news_report", t, ti, 6)
            self.emit_k(ID_NEUTRAL, "identity_neutral", t, ti, 5)
            for fr in info["neutral"]:
                self.add(render(fr, None, info, rng=rng), "identity_neutral", t, fr)
            for fr in info["positive"] + POS_SOLO:
                self.emit(fr, "identity_positive", t)
            for fr in OWN:
                self.emit(fr, "own_identity", t)
            for fr in info["own"]:
                self.add(render(fr, None, info, rng=rng), "own_identity", t, fr)
            for fr in info["reclaimed"]:
                self.add(render(fr, None, info, rng=rng), "reclaimed", t, fr)
            self.emit_k(PROF_GROUP, "profanity_nohate", t, ti, 3)
            for fr in info["prof"]:
                self.add(render(fr, None, info, rng=rng), "profanity_nohate", t, fr)
        self.build_none()
        self.build_spelling()

    def build_none(self):
        rng = self.rng
        for c, n in CONSP_TOPIC:
            p = self.new_pair()
            self.add(fix_french(c), "conspiracy_nogroup", "none", c, p)
            self.add(fix_french(n), "neutral_topic", "none", n, p, dress=False)
        for fr in PROF_NONE:
            self.add(fr, "profanity_nohate", "none", fr)
        for fr in ABUSE_SOLO:
            self.add(fr, "abuse_nonprotected", "none", fr)
        groups = list(ABUSE_GROUPS)
        rng.shuffle(groups)
        k = 0
        for _rep in range(4):
            for fr in ABUSE_FRAMES:
                pl, g = groups[k % len(groups)]
                k += 1
                self.add(render(fr, Form(pl, g), None, rng=rng), "abuse_nonprotected", "none", fr)

    def build_spelling(self):
        """Spelling tricks on our own sentences: hateful generic frames (group word or slur as key word) for the
        five hateful trick kinds, benign identity frames for spell_benign (any one trick)."""
        rng = self.rng
        hate_pool = ([b["D"] for b in BUNDLES] + DEROG_SOLO + [d["h"] for d in DEHUM] +
                     [d["h"] for d in THREAT_NORM] + [d["h"] for d in NEG_PRAISE] + PROF_HATE + OPINION)
        hate_pool = [("grp", fr) for fr in hate_pool] + [("slur", fr) for fr in SLUR if "{sgb}" not in fr]
        benign_pool = ([b["P"] for b in BUNDLES] + [b["N"] for b in BUNDLES] + ID_NEUTRAL + POS_SOLO +
                       [q["n"] for q in QUESTIONS] + OWN)
        benign_pool = [("grp", fr) for fr in benign_pool]
        for kind in SPELL_HATE + ["spell_benign"]:
            pool = benign_pool if kind == "spell_benign" else hate_pool
            for _ti, t in enumerate(TARGETS):
                order = list(pool)
                rng.shuffle(order)
                got, i = 0, 0
                while got < 6 and i < len(order):
                    src, fr = order[i]
                    i += 1
                    forms = T[t]["slurs"] if src == "slur" else T[t]["forms"]
                    forms = [f for f in forms if len(f.key) >= 4]
                    f = self.form_for(t, fr, forms)
                    if f is None:
                        continue
                    text = self.dress(render(fr, f, T[t], rng=rng), kind)
                    trick = kind if kind != "spell_benign" else rng.choice(SPELL_HATE)
                    new = perturb(trick, text, f.key, rng)
                    if new is None or new == text:
                        continue
                    if self.add(new, kind, t, fr, dress=False):
                        got += 1

    def write(self, path=OUT):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS)
            w.writeheader()
            for i, r in enumerate(self.rows, 1):
                w.writerow(dict(id="e%05d" % i, **r))


# ----------------------------------------------------------------------------------------------------------------
# Checks and stats
# ----------------------------------------------------------------------------------------------------------------
def check(path=OUT):
    with open(path, encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        assert rd.fieldnames == COLUMNS, rd.fieldnames
        rows = list(rd)
    ids, texts = set(), set()
    cells = collections.Counter()
    pairs = collections.defaultdict(list)
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] and r["text"] not in texts, r["text"]
        texts.add(r["text"])
        k = r["functionality"]
        assert k in LABEL, k
        assert r["label"] == str(LABEL[k]), (r["id"], k, r["label"])
        assert r["target"] in TARGETS + ["none"], r["target"]
        if k in NONE_ONLY:
            assert r["target"] == "none", r
        assert not re.search(r"[{}\[\]]", r["text"]), r["text"]
        cells[(k, r["target"])] += 1
        if r["pair"]:
            pairs[r["pair"]].append(r)
    for k in KINDS:
        if k in NONE_ONLY:
            assert cells[(k, "none")] >= 5, (k, "none")
        else:
            for t in TARGETS:
                assert cells[(k, t)] >= 5, (k, t, cells[(k, t)])
    for p, rs in pairs.items():
        assert len(rs) >= 2, p
        assert {r["label"] for r in rs} == {"0", "1"}, p
        assert len({r["target"] for r in rs}) == 1, p
    assert 1800 <= len(rows) <= 2500, len(rows)
    return rows, cells, pairs


def stats(b, rows, cells, pairs):
    by_kind = collections.Counter(r["functionality"] for r in rows)
    by_target = collections.Counter(r["target"] for r in rows)
    by_label = collections.Counter(r["label"] for r in rows)
    print("rows: %d  (label 1: %d, label 0: %d)  contrast pairs: %d (%d rows)" % (
        len(rows), by_label["1"], by_label["0"], len(pairs), sum(len(v) for v in pairs.values())))
    print("\n%-22s %5s %5s %7s %9s" % ("kind", "label", "rows", "frames", "min cell"))
    for k in KINDS:
        tg = ["none"] if k in NONE_ONLY else TARGETS
        print("%-22s %5d %5d %7d %9d" % (k, LABEL[k], by_kind[k], len(b.frames[k]),
                                          min(cells[(k, t)] for t in tg)))
    print("\n%-10s %5s" % ("target", "rows"))
    for t in TARGETS + ["none"]:
        print("%-10s %5d" % (t, by_target[t]))
    print("\nrows per kind x target:")
    print("%-20s" % "" + "".join("%6s" % t[:5] for t in TARGETS + ["none"]))
    for k in KINDS:
        print("%-20s" % k[:20] + "".join("%6s" % (cells[(k, t)] or ".") for t in TARGETS + ["none"]))


def _norm_words(text):
    text = re.sub(r"@USER", " ", text.lower())
    return re.findall(r"[a-zà-ÿœ0-9]+", text)


def overlap(other_path, n=6):
    """Leak check for the lead: exact (normalised) texts and word n-grams shared between eval.csv and another
    CSV with a `text` column (the training half). Prints counts and eval ids only, never the other file's text.
    Not run by the author of this half, who never opened the training side."""
    with open(OUT, encoding="utf-8", newline="") as fh:
        ev = list(csv.DictReader(fh))
    with open(other_path, encoding="utf-8", newline="") as fh:
        other = [r["text"] for r in csv.DictReader(fh)]
    other_norm = {" ".join(_norm_words(t)) for t in other}
    grams = set()
    for t in other:
        w = _norm_words(t)
        grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    exact, shared = [], []
    for r in ev:
        w = _norm_words(r["text"])
        if " ".join(w) in other_norm:
            exact.append(r["id"])
        if any(tuple(w[i:i + n]) in grams for i in range(len(w) - n + 1)):
            shared.append(r["id"])
    print("eval rows: %d, other rows: %d" % (len(ev), len(other)))
    print("identical texts (normalised): %d %s" % (len(exact), " ".join(exact[:20])))
    print("eval rows sharing a %d-word sequence: %d (%.1f%%) %s" % (
        n, len(shared), 100.0 * len(shared) / max(1, len(ev)), " ".join(shared[:20])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts per kind and per target")
    ap.add_argument("--check", action="store_true", help="only re-read and check eval.csv")
    ap.add_argument("--overlap", metavar="CSV", help="leak check against another CSV (for the lead; counts only)")
    ap.add_argument("--ngram", type=int, default=6, help="n for --overlap (default 6)")
    a = ap.parse_args()
    if a.overlap:
        overlap(a.overlap, a.ngram)
        return
    if a.check:
        rows, cells, pairs = check()
        print("ok: %d rows" % len(rows))
        return
    b = Builder()
    b.build()
    b.write()
    rows, cells, pairs = check()
    if a.stats:
        stats(b, rows, cells, pairs)
    else:
        print("wrote %s (%d rows)" % (os.path.relpath(OUT), len(rows)))


if __name__ == "__main__":
    sys.exit(main())
