"""Twelfth batch of training rows: posts that name a protected group, written in the NOISY register of real posts,
benign (about 62 %) and hateful (about 38 %) alike.

Why: the encoder candidate EA (the five batches + the eighth, tenth and eleventh) reads meaning better than the
committed model on every yardstick but one: benign sentences naming a group are flagged more often as soon as a few
words of an ordinary tweet sit next to them (a group hashtag, « mec », an unrelated second sentence after a line
break). The suite's benign rows are clean, well-formed sentences while real posts carry noise, so the model learnt
« clean sentence naming a group = benign, noisy text naming a group = hate ». An earlier attempt that pasted fragments
of real tweets next to suite rows of both labels made it worse. Here the fix comes from the rows themselves: benign
posts naming groups written in that register (neutral and positive statements, the speaker's own identity, news and
headlines, honest questions, counter-speech that quotes or refers to hate, negated hate, reclaimed words, event
announcements, everyday life under a group hashtag, solidarity during an epidemic), and, so that the noise does not
become a « benign » cue either, hateful posts in the very same register (derogation, dehumanisation, direct and
normative threats, slurs, hate questions, hateful opinions, coded hate, profanity aimed at a group, a group blamed
for a virus or a plot).

How: each hateful row starts a pair and is followed by 1-2 benign rows on the same group in a similar register, so the
noise is shared and only the stance differs; some benign rows stand alone. Every row is written out in full, in its
own wording; the noise is part of each post (group hashtags used innocently and hatefully, ``@USER``, « mec »,
« wesh », « ptdr », « mdr », « jpp », « frérot », « sah », « bref », emoji, SMS spelling, typos, an unrelated second
sentence about the weather, football, a late bus or dinner, a line break and another thought, a reply fragment « ah
bon ? », a cut-off ending, a quoted headline, capitals, repeated punctuation), never a sentence list crossed with a
noise list, no frame rendered over several targets and no two rows that differ only by the group they name.

Written on 2026-12-07 by a helper session, by hand from general knowledge of French, without opening any evaluation
file (``eval*.csv``, ``make_eval*.py``, ``make_tails.py``, the extra functional evaluation, /tmp/tails, the dev set)
nor the shared tweets nor any outside dataset. Figures in the news rows are approximate or hedged; no label depends
on them. Kept apart with ``check_apart.py --train`` (see models/suite/README.md).

Usage: ``python3 models/suite/train_twelfth.py --out /tmp/twelfth.csv [--stats]`` (``--stats`` alone prints the
counts without writing). Columns ``id,text,label,functionality,target,pair`` (ids ``w00001``..., pairs ``w0001``...).
Deterministic: the order of the pairs is shuffled with a seeded ``random.Random``; a duplicate text raises.

Data format below, one block per target. A line that is NOT indented starts a new pair; the indented lines that
follow join that pair (benign rows only, 1-2 per hateful row); a benign line that is not indented stands alone.
Each line is ``<code> <text>``; ``⏎`` in a text is a line break of the post. Hateful codes (label 1): ``der``
derogation, ``deh`` dehumanisation, ``thr`` threat_direct, ``norm`` threat_normative, ``slur`` slur, ``q``
hate_question, ``op`` hate_opinion, ``imp`` hate_implicit, ``prof`` profanity_hate, ``cg`` conspiracy_group. Benign
codes (label 0): ``neu`` identity_neutral, ``pos`` identity_positive, ``own`` own_identity, ``news`` news_report,
``nq`` neutral_question, ``cq`` counter_quote, ``cr`` counter_reference, ``neg`` negated_hate, ``rec`` reclaimed,
``topic`` neutral_topic (everyday life or a debate under a group's name or hashtag, with no attack).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # train_eighth, run as a script or imported by make_train
import train_eighth  # noqa: E402
from train_eighth import TARGETS, to_rows  # noqa: E402

SEED = 20261212

HATE_CODES = {
    "der": "derogation",
    "deh": "dehumanisation",
    "thr": "threat_direct",
    "norm": "threat_normative",
    "slur": "slur",
    "q": "hate_question",
    "op": "hate_opinion",
    "imp": "hate_implicit",
    "prof": "profanity_hate",
    "cg": "conspiracy_group",
}

BENIGN_CODES = {
    "neu": "identity_neutral",
    "pos": "identity_positive",
    "own": "own_identity",
    "news": "news_report",
    "nq": "neutral_question",
    "cq": "counter_quote",
    "cr": "counter_reference",
    "neg": "negated_hate",
    "rec": "reclaimed",
    "topic": "neutral_topic",
}

NEWLINE = "⏎"  # a line break inside a post

DATA: dict[str, str] = {}

DATA["black"] = """
der @USER wesh les renois de ma résidence ils savent que gueuler et foutre le bordel dans le hall, tous les mêmes 🙄
  neu @USER wesh mes voisins congolais ont fait un barbecue dans la cour hier, rumba jusqu'à minuit et g mangé comme un roi!!! 😂
  cr @USER frérot ton voisin qui gueule c'est ton voisin, pas « les renois », t'as aussi le vieux du 3e qui hurle sur sa télé
deh encore des singes qui font la loi dans le RER B ce soir... jpp de ce pays 🐒 #noirs
  cq « des singes dans le RER » sérieux ?? g vu ce tweet passer avec 2000 likes, on est en quelle année 🤢 #noirs
  neu RER B en rade ce soir, deux tontons ivoiriens ont lancé un débat sur la CAN dans la rame et tout le wagon s'y est mis mdr
thr le prochain noir qui me parle mal au taf je l'attends à la sortie et il rentrera pas chez lui entier. bref bonne soirée
  own jsuis le seul noir de mon open space et honnêtement ça se passe bien, mon n+1 est top. bref bonne soirée à tous
norm @USER Faudrait les remettre dans des bateaux direction l'Afrique, tous ces Noirs, on respirerait enfin. Sinon il pleut encore sur Lyon ☔
  neu Expo sur les peintres afro-caribéens au musée ce mois-ci, j'y vais samedi avec ma sœur. Sinon il pleut encore sur Lyon ☔
slur ptdr regarde moi ce bamboula qui se prend pour un footballeur 😂😂
  pos ptdr regarde moi le petit renoi de 8 ans au city stade, il dribble tous les grands, ce gamin ira loin 😂😂
slur sah ces négros ils comprennent rien, jsuis dégoûté de bosser avec eux⏎bon je vais manger
  rec sah mes renois du quartier toujours là kan faut déménager, 4h du mat on portait encore le frigo 😭❤️
q pk on laisse des Africains s'installer ici alors qu'ils savent même pas vivre en société ?? #noirs
  nq pk y a si peu d'auteurs africains au programme du lycée ?? ma prof de français en parle jamais #noirs
  nq qqn connaît une librairie à Paris spécialisée en littérature afro ? jcherche des romans de Léonora Miano
op franchement les Noirs sont pas faits pour les études, regardez les résultats, c'est génétique mec 🤷‍♂️ #noirs
  cr @USER « pas faits pour les études » mec ma daronne est ivoirienne et docteure en chimie, ton truc génétique c'est du racisme de 1900
  own moi noir, premier de ma famille à avoir le bac, et là jsuis en master à Nanterre. ma mère a pleuré mdr
imp bon je vais pas dire qui remplit les prisons, vous savez déjà 😏 #noirs⏎sinon le PSG a encore perdu
  news « Contrôles au faciès : l'État condamné pour faute lourde » ... bon bah voilà, enfin une décision 📰 #noirs
imp wesh encore un quartier perdu, on sait de quelle couleur sont les dealers hein 👀 bref
  cr « on sait de quelle couleur sont les dealers » mdr t'as déjà vu la clientèle des dealers ? bref arrête de généraliser sur les noirs
prof ces putains de blacks qui squattent le parc toute la journée, qu'ils aillent se faire foutre chez eux⏎bon sinon qqn a vu mes clés
  neu les blacks qui font du basket au parc tous les soirs m'ont laissé jouer avec eux hier, g perdu 21-4 mais c'était drôle 🏀
der les Noirs c'est des fainéants nés, ils touchent les alloc et ils dansent, voilà
  neg @USER nan les Noirs sont pas plus fainéants que les autres, mes collègues sénégalais font les 3x8 à l'usine depuis 15 ans
deh Ces Africains c'est des bêtes, ils se reproduisent comme des lapins et ils envahissent tout. #stopinvasion
  news « Démographie : la population africaine devrait doubler d'ici 2050 selon l'ONU » #info⏎sinon quelqu'un a le score du match ?
thr si je croise encore un de ces noirs devant ma porte je sors la batte, jvous jure mdr
  neu g croisé trois jeunes noirs devant ma porte, ils cherchaient le 14 rue des Lilas pour un anniv, je les ai accompagnés mdr
norm faut interdire les noirs dans les boîtes de nuit, ça éviterait les bagarres. point.
  news Testing dans des boîtes de nuit à Lyon : des jeunes noirs refoulés quasi systématiquement, la Licra porte plainte 📰
  cq « faut interdire les noirs en boîte » et tu t'étonnes que les boîtes se fassent épingler pour discrimination 🙄
slur wesh regarde ce bounty qui se prend pour un blanc mdr
  own on m'a traité de « bounty » toute ma scolarité parce que je parlais « bien », aujourd'hui jsuis prof de lettres et j'en ris. bref
q @USER mais pourquoi les noirs sont toujours aussi violents ?? c'est dans leur culture ou quoi 🤔
  nq question sérieuse : pourquoi les coureurs kényans et éthiopiens dominent autant le marathon ? c'est l'altitude ?
op Les Noirs ne seront jamais vraiment français, ils ont pas la même mentalité, c'est comme ça. Bonne journée ✨
  pos Les Noirs de France, c'est aussi Dumas, Éboué, Joséphine Baker... faudrait arrêter de l'oublier. Bonne journée ✨
imp elle a ramené un mec noir chez ses parents, le père doit être ravi de la fin de la lignée 😬
  neu elle a ramené son copain sénégalais chez ses parents et le daron l'a adopté direct, ils ont regardé le foot toute la soirée 😂
prof bande de nègres de merde vous avez pourri la ville #noirs 😡
  cq « bande de nègres de merde » c'est ce qu'on a crié à mon frère hier à la gare. on porte plainte. #racisme
der sah les noirs ils savent que voler et vendre du shit, aucun respect pour rien frérot
  neg les noirs ils volent pas plus que les autres frérot, arrête de regarder les chaînes d'info en boucle mdr
cg Ebola, la variole du singe... toujours l'Afrique qui nous refile ses maladies, ces gens sont des bombes sanitaires
  news Mpox : l'OMS lève l'alerte mondiale, la vaccination reste conseillée aux personnes à risque #santé
  cr accuser les Africains pour le mpox c'est exactement ce qu'on a fait aux Asiatiques pendant le covid, stop
deh les noirs c'est des macaques, suffit de voir comment ils mangent 🤮 ptdr
  pos les noirs de ma fac organisent un dîner africain vendredi, mafé, attiéké, alloco... jsuis invitée et g trop hâte 🤤
thr on va tous vous cramer bande de noirs, vous êtes prévenus. on arrive #actu
  news Menaces racistes taguées sur le local d'une association afro-descendante à Rouen, une enquête ouverte #actu
norm il faudrait des wagons réservés aux noirs comme avant, chacun chez soi et tout ira mieux
  cr @USER tu proposes la ségrégation en 2025 et tu veux qu'on débatte ? Rosa Parks se retourne
q vous trouvez pas que les noirs abusent avec leur « racisme anti-blanc » là ? faudrait les calmer non ?
  nq vous avez vu le docu sur les tirailleurs sénégalais hier sur France 5 ? jsavais pas qu'ils étaient si nombreux
op ma cousine sort avec un noir... une blanche qui fait ça elle se respecte pas, c'est comme ça que je vois les choses 😂
  neu ma cousine sort avec un mec martiniquais depuis 3 ans, il fait les meilleurs accras du monde, voilà c'est tout 😂
imp #BlackLivesMatter... bon par contre quand c'est eux qui cognent, silence radio hein 🤐
  news #BlackLivesMatter : rassemblement ce samedi place de la République en mémoire d'Adama Traoré #info
slur ce sale nègre a encore garé sa caisse devant chez moi!!!
  cr il a garé sa voiture devant ton garage, ok, mais pk tu parles de sa couleur ? ça a aucun rapport mec
prof le mec noir à côté de moi dans le bus avec sa musique de sauvage, ils font tous chier ces noirs jpp
  neu le mec noir à côté de moi dans le bus écoute de l'afro à fond sans écouteurs... bon en vrai c'était un bon son mdr
der @USER les femmes noires sont toutes vulgaires et bruyantes, aucune classe
  own @USER en tant que femme noire je suis ni vulgaire ni bruyante, juste épuisée par ces clichés. bref bonne nuit
deh @USER les noirs ont pas d'âme, c'est pas des êtres humains comme nous. voilà
  cr @USER « pas d'âme » mais t'as pas honte ?? c'est mot pour mot le discours des esclavagistes
thr je vais lui mettre une balle à ce noir qui m'a doublé au feu, il sait pas à qui il a affaire
  neu le grand black en scooter m'a doublé au feu ce matin et je l'ai recroisé à la boulangerie, il m'a laissé passer, on a rigolé 😂 TROP DRÔLE
pos Black History Month : cette semaine je lis « Une si longue lettre » de Mariama Bâ, foncez ✨ #noirs
own jsuis noire et j'en ai marre qu'on me touche les cheveux sans demander. voilà c'est tout. bonne journée
nq les coiffeurs afro à Bordeaux vous conseillez lesquels ? mes tresses tiennent plus 😩
news « Aya Nakamura, l'artiste francophone la plus écoutée au monde » ... ptdr les haters vont pleurer
neu la fête de quartier antillaise c'est dimanche, il fera 25° en plus, venez nombreux 🌞
rec les mariages de renois qui durent 14h avec trois changements de tenue, c'est notre sport national mdr
neg @USER non mais j'ai jamais dit que les noirs étaient le problème, relis mon tweet avant de monter sur tes grands chevaux
topic #noirs bon sinon le bus 21 a encore 20 minutes de retard, je vais finir par y aller à pied
"""

DATA["arab"] = """
der @USER wesh les rebeus de ma ville c'est que des voleurs de scooters, tous sans exception
  neu @USER wesh les rebeus de ma ville ont ouvert un snack trop bon à côté de la gare, tacos de ouf 🌯
  neg @USER frérot c'est pas « les rebeus » qui volent, c'est des voleurs. t'as des voleurs de toutes les couleurs
deh ces bicots c'est de la vermine, faut dératiser les cités. bref bonne soirée
  cq « faut dératiser les cités » ça c'est le commentaire que ma mère a lu sous un article sur Marseille. elle a pleuré. bref bonne soirée
thr le prochain bougnoule qui traîne devant mon immeuble je le descends, c'est pas une blague mdr
  own jsuis rebeu et je traîne devant mon immeuble avec mes potes depuis 15 ans, on dit bonjour à tout le monde mdr
norm renvoyez-les tous au bled ces Arabes, même ceux qui ont les papiers, la France aux Français 😂 #arabes
  neu ma tante maghrébine rentre au bled cet été, elle ramène 40 kilos de dattes et d'huile d'olive comme chaque année 😂
  cr « renvoyez les Arabes au bled » mec mon père est né à Roubaix, son bled c'est Roubaix
slur sale raton va, retourne dans ton gourbi
  cq un mec m'a traitée de « sale raton » dans le tram ce matin, personne a rien dit. jsuis vidée
slur les melons qui crient « wallah » dans le métro ptdr jpp
  rec ptdr ma grand-mère qui dit « wallah » 40 fois par appel, les rebeus on est tous pareils avec nos darons 😂
q @USER pk on laisse encore les Maghrébins entrer alors qu'ils foutent la merde partout ?? #maghrébins
  nq pk les Maghrébins de France peuvent voter aux élections algériennes ? qqn peut m'expliquer la double nationalité svp
op les Arabes sont incapables de vivre en démocratie, c'est pas dans leurs gènes, faut l'accepter. sinon il fait beau aujourd'hui ☀️
  pos la révolution tunisienne de 2011 c'était des Arabes qui réclamaient la démocratie, juste pour rappel. sinon il fait beau aujourd'hui ☀️
imp Un Mohamed de plus arrêté pour vol, quelle surprise 🙃 #arabes
  news Un homme arrêté à Lyon après une série de vols de téléphones, rapporte la préfecture #actu #arabes
  cr mettre le prénom arabe du suspect en gros avec un « quelle surprise » c'est pas de l'info, c'est du racisme déguisé
imp ils viennent « travailler » hein, comme par hasard toujours dans le business de la drogue 😏 #maghrébins
  neu mes oncles sont arrivés d'Algérie dans les années 70 pour bosser chez Renault, 35 ans de chaîne. respect à eux ✊ #maghrébins
prof wesh putain de rebeus de merde, ils pourrissent tous les quartiers où ils passent⏎ce weekend tournoi de foot au city
  neu les rebeus de mon quartier font un tournoi de foot pour l'asso ce week-end, venez encourager ⚽
der mon associé est marocain... bref les Arabes c'est tous des menteurs et des fourbes, on peut rien leur confier
  neg j'ai jamais compris les gens qui disent que les Arabes sont fourbes, mon associé est marocain et c'est le mec le plus honnête que je connaisse
deh ces arabes c'est des rats qui se multiplient dans les HLM, faut les noyer sous la mort-aux-rats
  cq @USER lire « des rats qui se multiplient dans les HLM » en 2024 et voir des gens liker... jsuis écœuré
thr on va leur faire une ratonnade à l'ancienne à ces beurs, préparez-vous 🔥 #17octobre
  news Commémoration du 17 octobre 1961 : des centaines de personnes au pont Saint-Michel en mémoire des Algériens jetés dans la Seine
norm les beurettes faudrait les enfermer chez elles, elles font que des problèmes 💅 ptdr
  rec vie de beurette : les mariages de 400 personnes et les tatas qui demandent kan tu te maries dès tes 19 ans 😭
  own jsuis une beurette de Villeurbanne et jsuis ingénieure, voilà, ça dérange qui ? 💅
q pk on continue d'accueillir des Algériens qui crachent sur la France et vivent sur notre dos ?? #arabes
  nq c'est quoi exactement les accords franco-algériens de 1968 ? j'entends tout et n'importe quoi #arabes
op un Arabe reste un Arabe, même avec la nationalité française il sera jamais des nôtres. bref je vois pas où est le problème
  own Franco-marocain, né à Nantes, supporter du FCN depuis mes 5 ans. bref je vois pas où est le problème 🟡🟢
imp Marseille c'est plus la France, c'est Alger-sur-Mer 🤡 on sait qui a pris le pouvoir
  pos Marseille c'est l'Algérie, les Comores, l'Arménie, l'Italie... toute la Méditerranée dans une ville, et c'est pour ça que je l'aime ❤️
slur les crouilles comme toi on devrait les balancer à la mer mdr
  cq « les crouilles à la mer » et après ils disent qu'ils sont pas racistes, juste « inquiets » 🙄
der après le match les Champs étaient pleins de drapeaux 🇲🇦 les Maghrébins savent pas se tenir, c'est des sauvages, g pas dormi
  neu après le match du Maroc les Champs étaient pleins de drapeaux, klaxons jusqu'à 2h du mat, g pas dormi mais c'était BEAU!! 🇲🇦
deh les Arabes c'est des chiens, ils mordent la main qui les nourrit
  cr @USER « des chiens qui mordent la main qui les nourrit » mdr la main c'est celle de ma mère algérienne qui bosse à l'hôpital depuis 30 ans
thr les rebeus du quartier, la prochaine fois que vous sortez on vous attend avec des barres de fer, aire de jeux retapée ou pas
  neu les rebeus du quartier ont retapé l'aire de jeux avec la mairie, les petits sont contents 🛝
norm faudrait fermer les kebabs et renvoyer les patrons d'où ils viennent, ça nettoierait le centre-ville des bougnoules
  neu le kebab en bas de chez moi ferme à 4h et le patron tunisien m'offre toujours le thé, meilleure adresse de la ville. voilà
prof les Arabes qui font des rodéos en bas, bande de fils de pute rentrez chez vous
  cr les rodéos c'est chiant pour tout le monde mais pk tu ramènes ça aux Arabes ? le mec en moto chez moi s'appelle Kévin 🙄
imp ah bon ? un braquage à Nice ? laissez-moi deviner le prénom... 😂
  cr ah bon ? un braquage et tout le monde devine un prénom arabe avant l'enquête, c'est fou ce réflexe
cg ils ont importé la drogue dans nos quartiers, c'est un plan des Arabes pour détruire la jeunesse française
  news Démantèlement d'un réseau de trafic de cannabis à Grenoble, 12 interpellations #info⏎le réseau était dirigé depuis l'Espagne selon le parquet
op les Arabes et les Français c'est comme l'huile et l'eau, ça se mélange pas, faut l'accepter
  own fils d'un Algérien et d'une Bretonne, je mélange harissa et beurre salé depuis 30 ans et ça se passe très bien 😂
der ptdr les rebeus au volant c'est tous des chauffards sans permis, jpp d'eux 🚗
  rec les rebeus au volant avec la musique à fond et le bras à la fenêtre ptdr c'est mon père chaque été sur la route de l'Espagne 🚗
deh @USER les Nord-Africains sont une maladie qui ronge la France de l'intérieur
  news @USER « Le musée de l'histoire de l'immigration consacre une expo aux travailleurs nord-africains des Trente Glorieuses » #culture
slur regarde ce bicot avec sa sacoche Lacoste ptdr
  neu regarde mon cousin du bled avec sa sacoche Lacoste au mariage ptdr il se croit en 2005
pos Ramadan moubarak à tous mes frères et sœurs maghrébins, même ceux qui vont craquer à 16h mdr 🌙
own jsuis kabyle et non jsuis pas arabe, merci de pas confondre 😅 bref bon weekend
nq qqn connaît un bon resto libanais à Bordeaux ?? ma mère veut du taboulé comme au pays
news Le couscous inscrit au patrimoine immatériel de l'Unesco, candidature commune de l'Algérie, du Maroc, de la Tunisie et de la Mauritanie #culture
neu ma voisine tunisienne m'a appris à faire des makrouds, résultat g raté la moitié mais c'était trop bon 😂
topic #arabes bref rien à voir mais qqn sait si la ligne 4 roule ce soir ? grève ou pas ?
"""

DATA["asian"] = """
der @USER les chinois ils bouffent des chiens et des chauves-souris, peuple dégueulasse 🤮 #chinois
  cr @USER « ils mangent des chiens » mec ma coloc chinoise est végétarienne depuis 10 ans, arrête les clichés
  neu mes potes cantonais m'ont fait goûter des pattes de poulet au dim sum ce matin, honnêtement c'était pas mal 😂
deh ces niakoués pullulent comme des fourmis dans le 13e, c'est une fourmilière
  pos le 13e pendant le Nouvel An chinois c'est MAGIQUE, les lions, les pétards, les raviolis... j'y vais chaque année!! 🧧
cg le covid c'est les chinois qui l'ont lâché exprès pour nous tuer, faut le dire⏎sinon g retrouvé mon masque de 2020 mdr
  cr arrêtez de traiter les Asiatiques comme s'ils avaient inventé le covid, ma mère vietnamienne se faisait cracher dessus dans le bus en 2020
  news « Covid-19 : la hausse des agressions contre les personnes d'origine asiatique inquiète les associations » #info
cg virus chinois, 5G chinoise, tout vient d'eux, les Chinois veulent nous contrôler, réveillez-vous 👁️
  nq c'est vrai que les antennes 5G en France viennent surtout de Huawei ? ou c'est Nokia et Ericsson ? #chinois
thr jvais en choper un de ces chinetoques et lui faire payer le covid, il va comprendre. bref
  own chinoise née à Paris, en 2020 on m'a craché dessus dans le métro à cause du covid. aujourd'hui je milite. bref
norm faut interdire les restos chinois en France, c'est des nids à microbes. sinon il caille dehors 🥶
  neu g testé le nouveau resto coréen du centre, bibimbap de fou et le patron coréen trop sympa. sinon il caille dehors 🥶
slur regarde-moi ce bridé qui conduit, ptdr les yeux fermés
  cq un type a crié « sale bridé » à mon pote dans la rue, il a 12 ans. ça me rend malade 😔
slur ce chintok m'a encore vendu un câble pourri au marché, 15 balles jeté par la fenêtre 😤
  neu le vendeur vietnamien du marché m'a réparé mon téléphone en 10 minutes pour 15 balles, crack 💪
q pk les Asiatiques restent toujours entre eux ? ils veulent pas s'intégrer ou quoi ??
  nq pk les restos japonais de Paris sont presque tous tenus par des Chinois ? vraie question, je savais pas
op les Asiatiques c'est des robots, zéro émotion, juste bons à bosser 😂 #asiatiques
  pos les Asiatiques que je connais ont l'humour le plus absurde du monde, ma pote Linh me fait pleurer de rire à chaque soirée 😂
imp les chinois de Belleville ont encore ouvert un salon de massage, on sait tous ce qui s'y passe 😏
  news Belleville : des habitants d'origine chinoise manifestent contre les agressions répétées dont ils sont victimes
prof ces putains de chinois qui rachètent tout, même le club de foot de ma ville, qu'ils crèvent avec leur fric ☔
  neu des investisseurs chinois ont racheté le club de foot de ma ville, on verra ce que ça donne, sinon il pleut encore ☔
der kan je vois une voiture mal garée je sais direct, les Asiatiques conduisent tous comme des merdes, c'est connu mdr
  neg les Asiatiques conduisent pas plus mal que les autres hein, c'est un cliché de vieux sketch des années 90
deh ces viets c'est des cafards, ils s'entassent à 12 dans un studio à Ivry, bienvenue en France 🙃
  own mes parents sont arrivés du Vietnam en 1979 comme boat people, 5 dans un studio à Ivry. aujourd'hui ils ont leur resto ❤️
thr la prochaine asiatique qui tousse dans le métro je la fais descendre à coups de pied
  neu l'asiatique à côté de moi dans le métro portait un masque parce qu'elle toussait, respect, on devrait tous faire pareil 😷
norm « Les touristes chinois de retour à Paris » super, renvoyez les Chinois chez eux avec leur virus, fermez toutes les frontières avec l'Asie #actu
  news Les restrictions de voyage avec la Chine levées début 2023, les touristes chinois de retour à Paris #actu
q pk ces chinetoques ont le droit de tenir des commerces chez nous ?? ma pote veut ouvrir un bubble tea et elle galère
  nq comment on fait pour ouvrir un commerce en France quand on est chinois ? ma pote de Wenzhou veut ouvrir un bubble tea
op une Asiatique c'est fait pour être soumise, c'est pour ça que les mecs les adorent
  cr le fétichisme « asiatique soumise » c'est du racisme déguisé en compliment, mes copines en ont marre #asiatiques
  own jsuis franco-coréenne et non je suis pas « soumise », jsuis juste calme. arrêtez de projeter vos fantasmes svp
imp bizarre ces Chinois qui achètent des vignobles à Bordeaux, ça sent le plan d'invasion 👀
  neu des Chinois ont racheté le château à côté de chez ma grand-mère, ils ont gardé tous les employés. bref
prof les asiats c'est de la merde, y en a trop dans ce pays, bande de connards
  rec entre asiats on se reconnaît direct à la fête : le cuiseur à riz qui tourne h24 et les chaussons obligatoires à l'entrée 😂
der les Japonais sont un peuple de pervers, tout le monde le sait 🙃 moi pendant ce temps le RER A
  pos les Japonais ont des trains qui arrivent à l'heure à la seconde près, moi pendant ce temps le RER A 🙃
deh @USER ces Chinois sont des sauterelles, ils dévorent la planète et ne laissent rien
  cr @USER comparer des humains à des sauterelles c'est la base de la propagande, tu peux critiquer le gouvernement chinois sans ça
thr je vais foutre le feu au restaurant chinois en bas, ils empoisonnent tout le monde
  news « Un restaurant asiatique incendié à Marseille, la piste criminelle privilégiée » #actu
norm faut ficher tous les Chinois de France, ils espionnent pour Pékin
  topic le crédit social en Chine qui note les citoyens chinois, ça me fait flipper. sinon vous avez vu le match ?
slur ces faces de citron ont envahi la fac mdr, 3 ans que je supporte ça
  own moi étudiant chinois à Lille, 3 ans que je suis là et les gens sont super accueillants, sauf mon proprio mdr
q mais pourquoi on laisse encore entrer des Chinois après ce qu'ils nous ont fait avec le covid ?
  nq c'est quoi les conditions de visa pour un étudiant chinois en France ? je demande pour mon ami de Shanghai
op les Asiatiques volent nos emplois avec leurs salaires de misère et leur servilité. sinon vous avez vu le match ?
  topic les usines délocalisées en Asie c'est la décision des actionnaires, pas la faute des ouvriers chinois payés 300 balles
imp ptdr y a jamais de chats autour du resto chinois en bas, coïncidence ? 🐱
  cq « y'a plus de chats autour du resto chinois » cette blague de 1995 tourne encore ? c'est lourd mdr
cg le virus sortait d'un labo de Wuhan, les Chinois l'ont fait exprès pour ruiner l'Occident, ils sont tous complices
  topic le virus vient-il d'un labo ou d'un marché de Wuhan ? les experts restent divisés et Pékin bloque l'enquête de l'OMS
pos bonne année du dragon à toute la communauté asiatique de Paris 🐉🧧 #asiatiques
own jsuis cambodgienne pas chinoise, mais merci pour le « ni hao » ce matin monsieur 🙃
nq qqn connaît un cours de mandarin pas trop cher à Lyon ? je veux parler avec ma belle-mère mdr
news Procès de l'agression mortelle d'un couturier chinois à Aubervilliers : « il était visé parce qu'asiatique », selon l'accusation #info
neu ma voisine japonaise m'a offert des mochis faits maison!!! jsuis tombé amoureux (des mochis) 😂
topic #asiatiques bon sinon quelqu'un regarde le Tour de France cette année ?
"""

DATA["roma"] = """
der perso les roms c'est des voleurs de naissance, ils apprennent à faire les poches avant de marcher mdr
  neg perso j'ai jamais vu un gamin rom me voler quoi que ce soit, par contre je me suis fait pickpocket par un mec en costard à la Défense mdr
  cr « voleurs de naissance » c'est littéralement le cliché qui a servi à persécuter les Tsiganes. bref relis l'histoire
deh ces gitans c'est de la vermine, ils laissent leurs déchets partout comme des rats
  news Une aire des gens du voyage sans eau ni électricité depuis 2 ans, une association dénonce l'inaction de la mairie 📰
thr s'ils s'installent encore sur le terrain de foot, on vient avec les fusils et on fait dégager ces romanos, promis ⚽
  neu les gens du voyage se sont installés sur le terrain de foot, le maire dit qu'il ouvre l'aire d'accueil la semaine pro. bon on jouera au gymnase ⚽
norm faut raser tous les camps de roms et les renvoyer en Roumanie, pas de pitié
  news Évacuation d'un campement rom à Montreuil : 80 personnes dont 30 enfants sans solution d'hébergement #actu
  cr raser un campement rom sans relogement c'est juste déplacer la misère de 3 km, et les enfants ratent l'école. voilà
slur sale romano dégage de mon trottoir 🎸 va jouer ailleurs
  own jsuis rom, né en France, je joue de la guitare avec mon oncle depuis 20 ans. sale romano ? non, musicien 🎸
slur les manouches du coin ont encore piqué du cuivre, ces gitans de merde
  rec manouche et fier, la guitare de Django dans le sang et la caravane de mon grand-père au cœur 🎶
q pk on accepte encore des roms dans les villes alors qu'ils vivent de la mendicité ?? vraie question
  nq pk y a autant de familles roms qui mendient ? c'est lié à la discrimination qu'elles subissent en Roumanie ? vraie question
op les gitans sont incapables de s'intégrer, ils veulent pas bosser et ils veulent pas d'école
  pos ma prof de guitare est manouche, elle joue comme une déesse et elle a appris au feu de camp. respect total 🎸
  cr @USER les enfants des gens du voyage sont moins scolarisés parce qu'on expulse leurs familles tous les 15 jours, pas par choix
imp fermez bien vos portails ce soir, les caravanes des gitans sont arrivées au stade 👀
  neu les caravanes des gitans sont arrivées au stade pour le pèlerinage, y avait de la musique ce soir, jsuis allé voir c'était trop beau
imp les nouveaux « voisins » de l'aire d'accueil des gens du voyage, comptez vos poules 🐔😏
  neg pour info les familles de l'aire d'accueil des gens du voyage ont rien volé du tout, les gendarmes ont retrouvé le vrai voleur de poules mdr
prof ces putains de roms qui mendient devant Carrefour, je les supporte plus ☕ même pas le temps de boire mon café
  neu la dame rom qui est devant Carrefour tous les matins connaît le prénom de la moitié des clients, je lui ai ramené un café ce matin ☕
der @USER les Roms sont sales et paresseux, ils vivent dans leurs ordures, voilà
  cq @USER « les roms vivent dans leurs ordures » dans un bidonville où personne ramasse les poubelles, comment tu veux faire ?
deh les gitans c'est une race de parasites, faut les traiter comme tel. bref
  own gitan, catholique, je vais aux Saintes-Maries chaque année et je bosse dans le BTP. parasite ? mdr viens bosser avec moi
thr vous voulez voler chez moi ? venez, le fusil est chargé, bande de romanos
  neu un gamin rom a ramené le portefeuille que j'avais perdu au marché, je lui ai filé 20 balles, un gosse en or 🙏
norm on devrait stériliser les femmes roms, ça réglerait le problème en une génération
  news Stérilisations forcées de femmes roms dans l'ex-Tchécoslovaquie : Prague va indemniser les victimes
q pourquoi on laisse des romanos mettre leurs gosses à mendier au lieu de les leur retirer ?
  nq est-ce que les enfants des campements roms vont à l'école ? qui s'occupe de leur inscription ?
op « le génocide des Roms oublié » franchement les Tsiganes sont un fléau pour toute l'Europe, depuis des siècles #roms
  news Commémoration du génocide des Roms et des Sinti le 2 août : « le Samudaripen reste largement oublié »
imp encore une voiture volée dans le quartier depuis que les caravanes sont là, coïncidence ? je crois pas 🤔
  neg encore une voiture volée dans le quartier et direct tout le monde accuse les gens du voyage, sans aucune preuve. lamentable
prof bouchon de 20 min sur la départementale, ces enculés de gitans ont encore bloqué la route avec leurs caravanes 🛠️
  neu bouchon de 20 min sur la départementale, une caravane a crevé, un gars du voyage a changé la roue en 5 min, respect 🛠️
der les roms ils savent que faire les vitres aux feux et voler les touristes 🎺 ils reviennent quand ? jamais j'espère
  pos la fanfare rom qui a joué à la fête de la musique dans ma rue, g jamais autant dansé!! ils reviennent quand ?? 🎺
deh ces bohémiens c'est des animaux, ils vivent dans la boue comme les porcs
  cr @USER comparer des familles roms qui survivent dans la boue à des porcs, c'est ça ton humanité ? c'est la misère le problème, pas eux
thr jvais brûler leur campement ce soir si la police fait rien contre ces roms
  news « Incendie criminel dans un campement rom à Marseille : des familles évacuées en pleine nuit » #info
norm faudrait interdire aux roms de prendre le métro, ça ferait baisser les vols direct. tkt c'est du bon sens
  neu la famille rom à côté de moi dans le métro chantait avec un petit accordéon, le petit avait 6 ans et jouait comme un pro 🪗
slur Y'a un gitan qui m'a regardé de travers au péage, sale bohémien va
  rec les gitans au mariage de mon cousin, 3 jours de fête, flamenco jusqu'à 5h, mes cousins sont les meilleurs 💃
q vous savez pk les roms sont aussi sales ? ils ont jamais entendu parler d'une douche ou quoi
  nq vous savez si les aires d'accueil des gens du voyage ont l'eau chaude et des douches ? on m'a dit que beaucoup non
op les Roms devraient pas avoir les mêmes droits que nous, ils respectent aucune loi⏎bon g raté mon bus
  topic l'aire d'accueil des gens du voyage de notre commune est trop petite depuis des années, le préfet devrait obliger le maire à respecter la loi
cg c'est les roms qui volent les enfants pour leurs réseaux, tout le monde le sait depuis toujours
  cq « les roms volent des enfants » cette rumeur a déjà provoqué des agressions en Île-de-France en 2019, arrêtez de la partager
imp ah bon ? le vol de câbles sur la voie SNCF ? je me demande bien qui... 😏 #roms
  neg ah bon le vol de câbles SNCF c'était un réseau de ferrailleurs bien de chez nous, pas les roms comme tout le monde le criait mdr
pos 8 avril, journée internationale des Roms, pensée à tous mes amis roms et à leur culture incroyable 💙💚 #roms
own jsuis voyageuse, j'habite en caravane et j'ai un master de droit. oui ça existe mdr
nq qqn sait où on peut écouter du jazz manouche à Paris ce weekend ???
news « Les Saintes-Maries-de-la-Mer accueillent le pèlerinage des gitans, des milliers de fidèles attendus » #info
neu le festival Django Reinhardt à Samois c'est ce weekend, il va faire beau en plus 🎸☀️
topic #roms bref sinon g raté mon bus de 2 min ce matin, journée de merde
"""

DATA["migrant"] = """
deh ces migrants c'est des cafards, ils rampent sous les camions à Calais 🪳 voilà
  own migrant soudanais, 2 ans à Calais, 14 tentatives sous les camions. aujourd'hui je suis aide-soignant à Lille. voilà mon histoire
  news Calais : un exilé meurt écrasé en tentant de monter dans un poids lourd, le cinquième depuis janvier #info
deh les migrants c'est une marée de rats qui débarque sur nos côtes #migrants
  cr « une marée de rats » mdr ce sont des familles avec des bébés sur des canots, t'as vu les photos ou pas ?? #migrants
thr si un bateau de migrants accoste ici, je le coule moi-même, vous verrez #migrants ⚓
  news Un bateau transportant 50 migrants secouru au large de Lampedusa par une ONG, tous sains et saufs #migrants
  neu les migrants arrivés au village l'an dernier ont rejoint le club de foot, l'un d'eux est notre MEILLEUR BUTEUR ⚽⚽
norm faut couler les bateaux de migrants avant qu'ils arrivent, c'est la seule solution
  topic faut démanteler les réseaux de passeurs qui mettent des migrants sur des bateaux pourris, c'est eux les criminels
slur encore des blédards qui traînent devant la gare sans rien foutre ptdr, bus en retard en plus
  rec les blédards de ma famille qui débarquent pour l'été avec 6 valises de cadeaux ptdr je les aime trop 😂
slur @USER ces clandos de merde faut les renvoyer à coups de pied au cul
  own sans-papiers depuis 5 ans, je fais la plonge dans un resto étoilé et je paye mes impôts. clando ? travailleur
q pk on laisse encore entrer des migrants alors qu'on a des SDF français dans la rue ??
  nq combien de places d'hébergement d'urgence on a en France ? y en a assez pour tous les SDF, migrants ou pas ?
  cr on oppose les SDF français aux migrants mais ceux qui font ça ne donnent jamais rien aux SDF, bizarrement
op les réfugiés sont tous des menteurs, ils fuient pas la guerre, ils viennent pour les alloc. sinon vous faites quoi ce weekend ?
  neu mon collègue syrien a fui Alep en 2015 avec ses deux filles, aujourd'hui elles sont en prépa. sinon vous faites quoi ce weekend ?
imp encore un bus de « jeunes hommes isolés » déposé au village, les femmes vont devoir rester chez elles 🙄
  news Un centre d'accueil pour demandeurs d'asile ouvre dans une commune de l'Ain, une réunion publique prévue jeudi
  neu jsuis allé à la réunion pour le centre d'accueil des demandeurs d'asile, les gens étaient plutôt ouverts, on va organiser des cours de français
imp #migrants « ils fuient la guerre » avec des baskets à 200 balles et le dernier iPhone 🤡
  cq @USER « ils fuient la guerre avec un iPhone » c'est le seul moyen qu'ils ont pour appeler leur famille et suivre le GPS en mer #migrants
prof ces putains de migrants ont encore saccagé le centre-ville, qu'ils se démerdent chez eux 💪 #migrants
  neu des migrants du foyer ont nettoyé les berges de la rivière avec l'asso ce week-end, 3 tonnes de déchets ramassées 💪
der frérot les migrants c'est des sangsues qui vivent sur le dos des Français, ouvre les yeux
  neg non les migrants ne vivent pas sur notre dos, la plupart bossent dans le BTP, la restauration, le nettoyage... ouvre les yeux frérot
deh ces clandestins c'est des animaux sauvages qu'on lâche dans nos villes
  cq @USER tu compares des clandestins à des animaux sauvages et tu t'étonnes d'être signalé ? mdr
thr les migrants du gymnase, on va aller leur rendre visite ce soir avec les potes, ils vont comprendre 🙏 mdr
  neu avec les potes on est allés au gymnase où sont hébergés les migrants pour apporter des couvertures et des jeux pour les gosses 🙏
norm il faudrait mettre tous les demandeurs d'asile dans des camps fermés en attendant de les expulser
  topic les délais d'instruction des demandes d'asile sont trop longs, 18 mois d'attente c'est inhumain pour les demandeurs comme pour l'administration
q c'est quand qu'on vire tous ces envahisseurs ?? j'en peux plus de voir des migrants partout
  nq c'est quand la journée mondiale des réfugiés déjà ? on voulait organiser un truc à l'école
op un migrant ne s'intégrera jamais, ça reste un étranger jusqu'à la mort 🏉 même s'il entraîne tes gosses
  own arrivé d'Afghanistan à 16 ans comme réfugié, aujourd'hui j'ai 30 ans, je suis français et j'entraîne les petits au rugby 🏉
imp ils disent « réfugiés » mais c'est surtout des hommes de 25 ans en bonne santé, je dis ça je dis rien 🤐
  cr « que des hommes de 25 ans » bah oui c'est souvent eux que les familles de réfugiés envoient en premier parce que la route est trop dangereuse pour les enfants
prof ces enfoirés de migrants nous volent nos logements, qu'ils aillent crever ailleurs. les loyers à Paris c'est du vol
  topic le problème du logement c'est qu'on construit pas assez, pas les migrants. les loyers à Paris c'est du vol
der jsuis fatigué de le répéter : les migrants africains sont tous des violeurs en puissance 😔
  cq « tous des violeurs » et c'est ça qui passe en commentaire sous un article sur un sauvetage de migrants... jsuis fatigué 😔
deh les migrants c'est un cancer pour l'Europe, faut l'extirper
  pos les immigrés ont toujours fait avancer l'Europe, pense à Marie Curie, Picasso, Chagall... bref
thr le premier migrant qui touche à ma sœur je le tue, c'est clair 📚 elle a rien à faire dans leur foyer
  neu ma sœur donne des cours de français aux migrants du foyer le mercredi, elle dit qu'ils sont trop motivés 📚
norm arrêtez de les sauver en mer, laissez les migrants se noyer, ça dissuadera les autres
  cr « laissez-les se noyer » sous un post sur un bébé migrant mort en Méditerranée. on a perdu quelque chose en tant que société
  news « Méditerranée : plus de 2000 migrants morts ou disparus cette année, selon l'OIM » #info
slur ces bougnoules de clandos pullulent à la Chapelle
  neu porte de la Chapelle ce matin, file de 200 exilés devant l'asso pour le petit-déj. on a servi 300 cafés ☕
q vous trouvez ça normal que les migrants soient soignés gratos alors qu'ils ont rien à faire ici ??
  nq l'aide médicale d'État ça couvre quoi exactement pour les migrants sans papiers ? jveux pas dire de bêtises
op g rien contre les réfugiés ukrainiens, mais les autres c'est des barbares qui n'ont rien à faire en Europe #migrants
  neu g accueilli une famille ukrainienne puis un jeune réfugié afghan, franchement même gratitude, même galère administrative
imp on sait tous qui a fait exploser la délinquance depuis 2015 hein 👀 #migrants
  news « Délinquance : les statistiques ne permettent pas d'établir un lien direct avec l'immigration », selon un rapport #migrants
cg les migrants sont envoyés exprès par Bruxelles pour remplacer les Européens, c'est le plan
  cr le « grand remplacement » c'est une théorie complotiste d'extrême droite, y a aucun « plan » pour remplacer qui que ce soit par des migrants
cg @USER ils nous ont ramené la tuberculose et la gale, les migrants sont des bombes biologiques
  news @USER les exilés à la rue sont très exposés à la gale faute d'accès aux douches, alertent les soignants de MSF
pos 20 juin journée mondiale des réfugiés 🌍 pensée à tous ceux qui ont tout laissé derrière eux #migrants
own réfugiée érythréenne, arrivée en 2018, diplôme d'infirmière obtenu hier!!! jpp je pleure 🥹
nq qqn connaît une asso qui donne des cours de français aux réfugiés à Grenoble ? je veux être bénévole
news « Le navire Ocean Viking autorisé à accoster à Toulon avec 230 rescapés » #migrants
neu les mineurs isolés étrangers du foyer ont monté une équipe de cricket, g rien compris aux règles mais c'était cool mdr
topic #migrants bon sinon il va pleuvoir tout le weekend, mon barbecue est annulé 😩
"""

DATA["jewish"] = """
cg Rothschild, Soros, BlackRock... cherchez pas qui tire les ficelles de la planète, la réponse porte une kippa
  cr « les juifs tiennent la finance » c'est le mythe antisémite le plus vieux d'Europe, les Protocoles c'était un faux. bref
  nq quelqu'un peut m'expliquer pk le nom Rothschild revient tout le temps dans les théories du complot sur les juifs ? c'est quoi l'origine ?
cg le covid c'est un coup des juifs pour vendre leurs vaccins, regardez qui dirige Pfizer 👀
  cr dire que les juifs ont créé le covid pour vendre des vaccins, c'est le même délire que les « juifs empoisonneurs de puits » au Moyen Âge
der ptdr les youpins sont tous avares et radins, même pour un café ils comptent
  own juif et c'est toujours moi qui paye l'apéro, c'est mes potes qui sont radins ptdr
  cq @USER « les juifs sont radins » bravo t'as ressorti un cliché de 1930, tu veux une médaille ?
deh « Forte hausse des actes antisémites » ah bon ? les juifs c'est une vermine qui infeste la finance, faut pas s'étonner #info
  news « Forte hausse des actes antisémites en France depuis octobre », selon le ministère de l'Intérieur #info
thr on va venir brûler votre synagogue bande de sionistes, vous êtes prévenus
  news « Tentative d'incendie contre la synagogue de Rouen, l'assaillant neutralisé par la police » #actu
  neu la synagogue de mon quartier fait une journée portes ouvertes dimanche, y aura des gâteaux au miel 🍯
norm faudrait rouvrir les camps pour les juifs, l'histoire a pas fini le boulot. voilà c'est dit
  cr les gens qui écrivent « faut rouvrir les camps » savent pas qu'il reste des survivants juifs qui lisent ça. honte absolue
slur regarde-moi ce youpin avec sa kippa dans le tram, il se croit chez lui. bref bonne journée
  own je porte la kippa dans le tram depuis 10 ans et ça se passe bien, la plupart des gens s'en fichent. bref bonne journée
slur ces feujs de merde, toujours à pleurer la Shoah pour du fric
  rec les repas de shabbat chez les feujs qui durent 5h et la grand-mère qui trouve que t'as maigri, on connaît tous 😂
q pk on laisse les juifs contrôler la politique française ?? personne ose le dire
  nq combien de juifs en France aujourd'hui ? j'ai lu 450 000 mais je sais pas si c'est à jour
op @USER les juifs resteront toujours plus loyaux à Israël qu'à la France, c'est dans leur ADN, merci
  own juive, française, je critique le gouvernement israélien et je vote ici. l'ADN n'a rien à voir, merci
  topic on peut critiquer la politique de Netanyahou sans s'en prendre aux juifs de France, les deux n'ont rien à voir
imp bizarre comme tous les patrons de chaînes télé ont le même genre de nom de famille 🤔 #juifs
  cq « bizarre les noms de famille des patrons de chaînes » ah ouais ? tu veux qu'on parle de Bolloré ? mdr arrête avec tes sous-entendus sur les juifs
imp (((eux))) encore en train de nous dicter ce qu'on doit penser 👃
  cr les triples parenthèses (((…))) autour d'un nom c'est un code antisémite des forums néonazis pour désigner les juifs, si vous en voyez signalez
prof ces putains de juifs qui se plaignent tout le temps d'antisémitisme, ça me fait gerber 🤮 #juifs
  own ma grand-mère juive gardait son étoile jaune dans une boîte, je la regarde quand on me dit que j'exagère. bref
der nan mais les juifs sont tous des manipulateurs, ils ont toujours un coup d'avance pour te niquer mdr
  neg nan les juifs sont pas « manipulateurs », ce sont des gens comme toi et moi. ça commence à bien faire ces clichés
deh ces rats de juifs se cachent derrière leur histoire de génocide
  news Journée de la mémoire de la Shoah : des lycéens visitent Auschwitz avec un survivant juif de 96 ans 🕯️
thr le prochain que je vois avec une kippa dans ma rue, je lui arrache la tête. sinon il fait un froid de canard
  neu un gamin avec une kippa m'a aidé à porter mes courses dans l'escalier, trop mignon. sinon il fait un froid de canard
norm je révise mon bac d'histoire et franchement faut interdire aux juifs d'être ministres, ils travaillent pour un autre pays
  nq c'est vrai que Léon Blum a été le premier juif à diriger un gouvernement en France ? je révise mon bac d'histoire mdr
q on a le droit de demander pourquoi les juifs sont partout au pouvoir ou c'est « antisémite » ??
  nq on a le droit de critiquer Israël sans être traité d'antisémite ? vraie question, je veux pas blesser mes amis juifs
op franchement Hitler avait pas tout faux sur les juifs, je dis ça je dis rien
  cq « Hitler avait pas tout faux » lu sous une vidéo sur la Shoah. 6 millions de juifs assassinés. ça me glace 😶
imp « antisémite », le seul mot qu'ils ont pour faire taire ceux qui osent les critiquer 🤫 vous voyez de qui je parle
  neu le mot « antisémitisme » date de la fin du 19e siècle, j'ai appris ça aujourd'hui en cours d'histoire sur l'affaire Dreyfus. bref
slur @USER les feujs sont des rats avides, ils vendraient leur mère pour 20 balles
  cr @USER t'as traité mon pote de « sale feuj » parce qu'il a refusé de te prêter 20 balles, t'es sérieux ?
prof bande de juifs de merde, vous serez jamais chez vous ici 🕍 brûlez avec
  pos les juifs de France sont là depuis 2000 ans, Rachi écrivait à Troyes au 11e siècle. bref ils sont chez eux 🕍
der les juives c'est des princesses pourries gâtées qui méprisent tout le monde ptdr venez voir Sarcelles
  own juive de Sarcelles, caissière, trois gosses. princesse pourrie gâtée ? venez voir mon compte en banque ptdr
deh les juifs sont une race de sangsues qui sucent le sang des peuples
  cr l'image du juif « sangsue » vient direct de la propagande nazie, la voir partagée par des gens de 20 ans fait peur
thr hier j'ai écrit « mort aux juifs » sur la porte du voisin, il a compris le message mdr
  news « Mort aux juifs » tagué sur une boîte aux lettres à Paris, le parquet ouvre une enquête #actu
norm les juifs devraient tous partir en Israël, la France n'est pas leur pays. bon vent ✈️
  neu ma cousine juive part faire son alyah en Israël le mois prochain, toute la famille est en pleurs mdr
q pourquoi les juifs se croient supérieurs au reste du monde ?? peuple élu mon cul
  nq ça veut dire quoi exactement « peuple élu » dans le judaïsme ? c'est une idée de supériorité ou pas du tout ?
op les juifs sont les vrais racistes, ils se marient qu'entre eux et méprisent les goys mdr
  neu mariage de mon pote juif avec une Bretonne ce samedi, houppa puis crêpes, on attend le résultat mdr
cg le 11 septembre c'était le Mossad, aucun juif n'est mort dans les tours ce jour-là, cherchez
  cr « aucun juif mort le 11 septembre » c'est faux, des centaines de juifs sont morts dans les tours, ce mythe vient d'un site antisémite
pos Hanoukka sameah à tous 🕎 les beignets de ma belle-mère sont les meilleurs du monde!!
own jsuis juif ashkénaze et je sais pas danser la hora, désolé les gars mdr
nq qqn connaît une boulangerie qui fait des hallot le vendredi à Strasbourg ?
news « Le Mémorial de la Shoah ouvre une exposition sur les enfants juifs cachés pendant la guerre » #culture
neu ma collègue juive m'a appris à jouer au dreidel, g perdu TOUS mes bonbons 😂
topic #juifs bon sinon vous avez vu le score du PSG hier ? catastrophe
"""

DATA["muslim"] = """
der les musulmans sont tous des intégristes en puissance, aucune exception, même ton pote Karim mdr
  neg mais nan tous les musulmans sont pas intégristes, mon pote Karim fait le ramadan et il est plus cool que toi mdr
deh l'islam c'est une maladie et les musulmans des porteurs sains qui contaminent la France
  cq « l'islam est une maladie » sous un post sur l'Aïd, les commentaires sont un enfer, c'est triste #musulmans
thr je vais mettre le feu à la mosquée de mon quartier, vous verrez #musulmans
  news « Une mosquée visée par un incendie volontaire à Bordeaux, le ministre condamne » #actu
  neu la mosquée de mon quartier distribue des repas gratuits pendant tout le ramadan, même pour les non-musulmans ❤️
norm @USER faut interdire le coran et expulser tous les musulmans, la France est chrétienne ✝️
  topic la laïcité c'est la neutralité de l'État, pas l'interdiction des religions, ni le coran ni la bible ni les musulmans
slur ces muzz nous cassent les couilles avec leur halal partout jpp, même à la cafét
  rec les muzz de la fac qui rompent le jeûne ensemble à la cafét, meilleure ambiance du campus 🌙
slur regarde ce barbu avec sa djellaba, sale terroriste va
  own barbu, en djellaba le vendredi, kiné le reste de la semaine. terroriste ? je soigne ton genou frérot 🙃
q pk on laisse encore les musulmans construire des mosquées chez nous ?? #musulmans
  nq pk la grande mosquée de Paris a été construite en 1926 ? c'était en hommage aux soldats musulmans de 14-18 ? #musulmans
op l'islam et les musulmans ne sont pas compatibles avec la France, il faut choisir. bref bonne soirée
  own musulmane et française, je vois vraiment pas ce qu'il y a à choisir. bref bonne soirée ✨
  topic on peut critiquer les positions d'une religion sur les femmes, c'est permis, ça fait pas de vous quelqu'un qui déteste les musulmans
imp ramadan a commencé, préparez-vous pour les rodéos et les voitures qui brûlent 🙄
  neu ramadan a commencé, mon voisin musulman m'a ramené de la chorba et des dattes!! g zéro raison de me plaindre 😋
imp les « modérés » c'est juste ceux qui attendent leur tour, faut pas être naïf #musulmans
  cr @USER dire que les musulmans modérés « attendent leur tour » c'est accuser des millions de gens d'un terrorisme futur, t'es grave
prof ces putains de musulmans avec leurs prières dans la rue, qu'ils dégagent #info
  news Prières de rue à Clichy : la mairie et l'association musulmane trouvent un accord pour une nouvelle salle #info
der les musulmanes voilées sont des soumises sans cerveau 🙂 je vous laisse réfléchir
  own voilée, doctorante en physique, 3 articles publiés. soumise sans cerveau ? je vous laisse réfléchir 🙂
deh les musulmans c'est des chèvres qui égorgent des moutons dans leur baignoire
  cq @USER « ils égorgent des moutons dans leur baignoire » ce cliché sur l'Aïd c'est juste fait pour déshumaniser les musulmans, arrête
thr s'ils veulent le djihad ils vont l'avoir, on va attendre les musulmans à la sortie de la prière
  neu après la prière du vendredi les gars de la mosquée ont organisé un match de foot, g marqué 2 buts mdr
norm faudrait ficher tous les musulmans et les surveiller h24, tkt c'est pour notre sécurité
  nq comment ça marche la fiche S exactement ? c'est pas lié au fait d'être musulman je crois ?
q c'est quand qu'on renvoie les musulmans chez eux ? la France en a marre. sinon qui est chaud pour un five ?
  nq c'est quand l'Aïd cette année ?? ma collègue musulmane veut poser son jour et elle sait pas encore
op un bon musulman c'est un musulman qui a quitté l'islam, les autres sont dangereux, ma grand-mère le disait déjà
  neg non les musulmans pratiquants ne sont pas « dangereux », ma grand-mère prie 5 fois par jour et elle a jamais fait de mal à une mouche
imp encore une attaque au couteau, je parie 100 balles qu'il a crié quelque chose en arabe avant, comme par hasard 🙄
  cr encore une attaque au couteau et direct tout le monde parie sur la religion du mec avant l'enquête, comme si tous les musulmans étaient suspects. fatigant
prof les musulmans me cassent les couilles avec leur Allah, bande de tarés⏎bon je vais voir le coucher de soleil
  topic les débats sur l'islam à la télé me cassent les couilles, ça parle de voile tous les soirs et jamais des salaires
der mdr les musulmans sont tous des menteurs, la taqiya c'est leur religion
  cr « taqiya » mdr t'as appris ce mot sur un forum d'extrême droite, il sert juste à dire que tous les musulmans mentent
deh @USER ces barbus c'est des porcs qui méritent pas de respirer notre air
  cq @USER g lu « ces barbus méritent pas de respirer » sous une photo d'un papi qui sort de la mosquée. voilà internet
thr faut foutre une bombe dans leur mosquée un vendredi, ça fera le ménage 🙂
  neu vendredi la mosquée a ouvert ses portes pour les journées du patrimoine, g découvert la calligraphie, c'était trop beau
norm on devrait arracher le voile de toutes les musulmanes dans la rue
  news Une femme voilée agressée dans un parking à Besançon, l'auteur placé en garde à vue #info
  cr arracher le voile d'une musulmane dans la rue c'est une agression, point. la laïcité concerne l'État, pas les passantes
slur ces bougnoules de musulmans et leurs mosquées qui poussent partout ptdr
  own musulmane convertie, bretonne, on me traite de « bougnoule » en ligne alors que je m'appelle Gwenaëlle ptdr
q vous trouvez pas que les musulmans ont trop de droits ici ?? faut les remettre à leur place non
  nq comment fonctionne le calendrier musulman ? pk le ramadan change de date chaque année ?
op @USER les musulmans sont une cinquième colonne qui prépare la guerre civile, à méditer
  cr « les musulmans sont une cinquième colonne » c'est ce qu'on disait des juifs dans les années 30, à méditer
imp #musulmans à chaque Aïd on compte les moutons… et les voitures brûlées 😏
  neu #musulmans Aïd moubarak ! mon voisin m'a ramené des cornes de gazelle, je vais mourir de sucre mdr
cg le covid c'était une punition divine, les musulmans l'ont propagé pendant leurs pèlerinages pour nous affaiblir
  news « La Mecque : le pèlerinage limité à 1000 fidèles en 2020 à cause du covid » #info #musulmans
pos Ramadan moubarak 🌙 bon courage à tous les musulmans qui jeûnent en juin avec la chaleur, vous êtes des guerriers
own jsuis musulman et je bois pas, non je vais pas « juste goûter », merci les collègues mdr
nq c'est quoi la différence entre sunnites et chiites en vrai ? je demande pour comprendre l'actu
news « L'Institut du monde arabe expose des manuscrits coraniques anciens jusqu'en mars » #culture
neu ma collègue musulmane m'a expliqué le ramadan pendant la pause déj, moi je mangeais mon sandwich devant elle, gênance totale 😂
topic #musulmans bon sinon qui est chaud pour un five vendredi soir ?
"""

DATA["women"] = """
der les femmes c'est toutes des vénales, elles veulent que ton fric mdr
  neu ma meuf m'a invité au resto pour mon anniv et elle a tout payé!!! jpp je l'aime 🥹
  cr « les femmes sont vénales » dit le mec qui demande à sa daronne de lui payer son forfait à 28 ans ptdr
deh @USER les femmes c'est du bétail, faut les dresser jeune, bonne nuit #femmes
  cq @USER « les femmes c'est du bétail » et 300 likes... je signale et je vais me coucher, bonne nuit #femmes
thr la prochaine meuf qui me recale je l'attends à la sortie de son taf, elle va regretter. voilà la réalité
  own en tant que meuf j'ai toujours un texto « bien rentrée ? » à envoyer à mes potes après une soirée. voilà la réalité
norm « Il y a 80 ans, les Françaises votaient » et depuis c'est la cata, les femmes devraient pas avoir le droit de vote, elles votent avec leurs émotions #histoire
  news « Il y a 80 ans, les Françaises votaient pour la première fois » #histoire #femmes
slur sale pute va, t'as rien à faire sur un plateau de foot
  pos @USER franchement la femme qui commente le match sur Canal connaît mieux le foot que tous les consultants réunis ⚽
slur ces salopes de féministes hystériques méritent des baffes, manif du 8 mars ou pas ✊
  rec on est des salopes et on est fières, manif du 8 mars, 14h à République, ramenez vos pancartes ✊
q @USER pk les femmes sont incapables de conduire correctement ?? vraie question mdr
  nq pk les assurances auto coûtent moins cher pour les jeunes femmes que pour les jeunes hommes ? vraie question
op une femme ça reste à la maison avec les gosses, le reste c'est des conneries modernes 👷‍♀️ voilà
  own maman de trois enfants, cheffe de chantier, je rentre à 19h et mon mari fait le dîner. voilà la modernité 👷‍♀️
imp les femmes au volant... je dis rien mais on a tous compris 🚗💥
  neu les femmes au volant du rallye ce weekend ont fini 1ère et 3e, gg les filles 🏁
imp elle a eu le poste... on se demande bien sous quel bureau elle est passée 😏
  cr @USER insinuer qu'une femme a eu un poste « sous le bureau » c'est juste ton incapacité à imaginer qu'elle soit compétente
prof ces putains de bonnes femmes qui parlent que de leurs règles, fermez-la⏎sinon il pleut encore
  neu les femmes de mon service ont obtenu un congé menstruel, super nouvelle 🙌⏎sinon il pleut encore
der ma sœur est en prépa mais bon, les femmes sont trop connes pour faire des maths, c'est biologique 📐
  neg nan les filles sont pas « nulles en maths », ma sœur est en prépa MP et elle explose tout le monde 📐
deh une femme c'est un trou avec des jambes, rien de plus ptdr #femmes
  cq « un trou avec des jambes » c'est ce qu'un collègue a dit des femmes en réunion. il a été viré. enfin. #femmes
thr je vais lui défoncer la gueule à cette salope de ministre, les bonnes femmes en politique méritent que ça
  topic cette ministre a fait une réforme des retraites catastrophique pour les femmes aux carrières hachées, elle devrait démissionner
norm faut enlever l'IVG aux femmes, elles savent pas assumer leurs actes. voilà c'est dit #femmes
  news « L'IVG inscrite dans la Constitution française, une première mondiale » #femmes
slur cette grosse chienne de meuf me doit 20 balles
  rec meuf tu me dois 20 balles depuis Noël ptdr je t'aime mais rembourse 😂
q les femmes vous pouvez arrêter de chialer pour tout ?? on vous a donné le droit de vote, ça suffit pas ?
  nq les filles ici vous utilisez quelle appli pour rentrer en sécurité la nuit ? on m'en a conseillé une mais j'ai oublié le nom
op les femmes sont inférieures aux hommes, c'est la nature, pas la peine de pleurer 💪 bref
  pos les femmes de ma famille ont tout porté : la ferme, la guerre, les gosses. inférieures ? elles sont en acier 💪
imp #MeToo c'est surtout un bon moyen pour les meufs de se faire de la thune en accusant n'importe qui 💰
  news #MeToo : les plaintes pour violences sexuelles en hausse, les fausses accusations restent rares selon les chercheurs #femmes
der les meufs sont toutes des manipulatrices, elles pleurent pour avoir ce qu'elles veulent mdr. bref arrêtez
  own en tant que meuf je pleure devant Ratatouille, pas pour manipuler mdr. bref arrêtez
deh les femmes c'est comme les chiennes, faut les tenir en laisse
  cr @USER comparer les femmes à des chiennes à tenir en laisse, et tu te demandes pk t'es célib mdr
thr si ma copine me quitte je la bute, une femme a pas le droit de partir
  news « Féminicides : une centaine de femmes tuées par leur conjoint ou ex l'an dernier » #femmes
  cr « si elle me quitte je la bute » c'est pas une blague, c'est comme ça que commencent les féminicides. le 3919 existe
norm les femmes devraient être interdites dans l'armée, c'est pas leur place 🛩️ #femmes
  pos première femme pilote de chasse engagée en opération, respect total 🛩️ #femmes
q c'est quand qu'on arrête de laisser les gonzesses diriger des entreprises ?? elles coulent tout
  nq c'est combien le nombre de femmes PDG au CAC 40 aujourd'hui ? 2 ou 3 seulement ?
op @USER les féministes sont des frustrées moches qui haïssent les hommes, toutes
  topic je suis pas d'accord avec certaines féministes sur l'écriture inclusive, ça reste un débat sur la langue, pas une guerre
imp une femme arbitre en Ligue 1 ? on va bien rigoler dimanche 🤡
  neu une femme arbitre dimanche au Parc, elle a géré le match mieux que la moitié de ses collègues 👏
prof ces connasses de femmes qui veulent l'égalité mais pas le service militaire. voilà c'est dit
  own en tant que femme jsuis pour un service civique obligatoire pour tous, filles et garçons. voilà c'est dit
der les femmes sont faites pour la cuisine et le ménage, c'est tout ce qu'elles savent faire ptdr
  neg les femmes sont pas « faites pour la cuisine », ma mère cuisine même pas, c'est mon père le chef ptdr
op la natalité s'effondre parce que les femmes sont devenues des égoïstes qui pensent qu'à leur petite carrière, voilà la vérité
  nq pk la natalité baisse autant en France ? c'est économique ou les femmes veulent juste moins d'enfants ?
pos 8 MARS ✊ journée internationale des droits des femmes, big up à toutes les meufs qui tiennent la baraque!!
own jsuis une femme ingénieure et oui je sais changer une roue, merci du mansplaining tonton 🙄
news « Les Bleues qualifiées pour les demi-finales » ⚽ allez les filles !!
neu ma grand-mère a 92 ans et elle fait encore sa marche tous les matins, respect aux mamies 👵
nq les meufs c'est normal d'avoir mal autant pendant les règles ? ma gynéco parle peut-être d'endométriose 😩
topic #femmes bon sinon y a qqn qui a les horaires de la piscine municipale ?
"""

DATA["gay"] = """
der @USER les pédés c'est tous des pervers, faut pas les laisser approcher des gosses #LGBT
  cr @USER « pervers » mdr mes deux oncles gays ont élevé trois gosses, tous diplômés et équilibrés, toi t'as fait quoi ?
  news « Homoparentalité : les enfants élevés par des couples de même sexe vont aussi bien que les autres », selon une étude #LGBT
deh ces tarlouzes c'est une maladie mentale, faut les soigner mdr
  news « L'homosexualité retirée de la liste des maladies mentales de l'OMS il y a plus de 30 ans » #LGBT
thr si je vois deux pédés se tenir la main dans ma rue je les défonce. sinon le marché ce matin c'était cool
  neu deux papis gays qui se tenaient la main au marché ce matin, mariés depuis 2013, trop mignons 🥹
  cr des couples homos se font encore agresser pour une main tenue dans la rue, c'est délirant en 2024
norm « Dix ans du mariage pour tous » 🤮 faut l'interdire et remettre l'homosexualité dans le code pénal #LGBT
  news « Dix ans du mariage pour tous : plus de 70 000 couples de même sexe se sont mariés » #LGBT
slur regarde ce pédé avec son sac à main ptdr
  rec je suis pédé et j'ai un sac à main Longchamp, deal with it 💅
slur sale gouine, t'as juste pas trouvé le bon mec
  rec gouine et fière, et oui j'ai trouvé la bonne meuf, merci 💕
q pk on laisse les homos adopter des enfants ?? c'est contre nature, ma pote et sa copine veulent se lancer, quelle horreur
  nq comment ça se passe une adoption pour un couple de lesbiennes ? ma pote et sa copine veulent se lancer
op l'homosexualité c'est une dégénérescence, une société qui l'accepte est condamnée. bref joyeux Noël ❤️
  pos une société qui accepte ses gays c'est juste une société où mon frère peut présenter son copain au repas de Noël ❤️
imp la Pride à Paris... je vais éviter le centre avec les enfants, on sait jamais ce qu'on va voir 🙄
  neu la Pride à Paris samedi !!! je vais y aller avec mes gosses, les chars c'est trop festif 🏳️‍🌈
imp encore un acteur qui fait son coming-out gay, c'est la mode, bientôt ce sera obligatoire 🤡
  news « Un joueur de Ligue 1 fait son coming-out gay, une première dans le football français » ⚽ #LGBT
prof ces putains de pédales qui s'affichent partout, ça me donne envie de gerber. bonne soirée
  own jsuis gay et j'ai le droit de tenir la main de mon mec dans la rue comme tout le monde, voilà. bonne soirée
der les lesbiennes sont juste des meufs frustrées que personne ne veut ptdr
  neg nan les lesbiennes sont pas des « frustrées », ma tante est mariée avec sa femme depuis 20 ans et elles sont plus heureuses que toi
deh @USER les homos c'est des animaux dégénérés, même les bêtes font pas ça mec
  cr « même les animaux font pas ça » mdr des comportements homosexuels ont été observés chez des centaines d'espèces, mec
thr on va aller casser du pédé au Marais ce soir, qui vient ? #LGBT
  news « Agression homophobe dans le Marais : trois hommes interpellés » #LGBT
norm les homos devraient être envoyés en thérapie de conversion, ça se soigne
  news « Les thérapies de conversion interdites en France depuis 2022 » : jusqu'à 3 ans de prison pour ceux qui prétendent « guérir » les homos #LGBT
q c'est quand qu'on arrête avec le lobby LGBT partout à l'école ?? laissez nos gosses tranquilles
  nq c'est quand la journée contre l'homophobie ? le 17 mai ? on veut faire un truc au lycée #LGBT
op les gays n'ont pas leur place dans le sport, ça fout le malaise dans les vestiaires 🏅 bref
  pos Tom Daley, Amélie Mauresmo, Megan Rapinoe... les sportifs gays et lesbiennes ont tout gagné, bref les vestiaires vont bien 🏅
imp il est coiffeur et il vit avec son « coloc » depuis 10 ans, on a tous compris hein 😏
  neu mon coiffeur vit avec son copain depuis 10 ans, ils m'ont invitée à leur mariage gay en juin, trop hâte 💍
cg le lobby gay finance les écoles pour transformer nos enfants, c'est un plan mondial 👀 #LGBT
  cr le « lobby gay qui transforme les enfants » c'est un fantasme, personne devient gay parce qu'on lui a parlé d'un couple de deux mamans
slur @USER les tapettes comme toi on les pend au stade chez moi
  cq « les tapettes on les pend » c'est ce qu'on m'a écrit en DM après ma photo avec mon copain. je porte plainte
prof bande d'enculés de gays, vous nous pourrissez la télé
  neu la série de 18h a enfin un couple gay et ma mère a adoré, elle en parle à toutes ses copines mdr
der les homos sont tous des malades du sida, faut les éviter, jsuis sérieux
  cr @USER associer les gays au sida en 2024 c'est grave, le VIH touche tout le monde et la PrEP existe
  neg les gays sont pas « tous malades », mon meilleur ami gay fait un dépistage tous les 3 mois, plus sérieux que la plupart des hétéros
deh ces pédés c'est des déchets, la société doit s'en débarrasser 🙂 ok
  own pédé, infirmier en réa pendant le covid, j'ai tenu la main de vos grands-parents. déchet ? ok 🙂
thr mon fils m'annonce qu'il est gay, je le fous dehors et je lui casse la gueule
  own mon père m'a foutu dehors quand j'ai fait mon coming-out gay à 17 ans, aujourd'hui jsuis heureux avec mon mari. ça va aller les petits ❤️
norm il faudrait interdire aux couples gays de s'embrasser dans la rue, g vu deux meufs devant la gare ce matin 🤢
  neu deux lesbiennes se sont embrassées sous la pluie devant la gare, un papi a applaudi ptdr la scène était trop belle
q pourquoi les gays ont besoin de s'exhiber avec leurs drapeaux partout ?? on s'en fout de leur sexualité
  nq pourquoi le drapeau arc-en-ciel des LGBT a six couleurs ? ça signifie quoi chaque couleur ?
op un couple de lesbiennes ne peut pas élever un enfant correctement, il manque un père. voilà
  own fille de deux mamans lesbiennes, 25 ans, diplômée, super bien dans ma tête. il me manque rien, merci 💕
pos Pride de Marseille ce samedi 🏳️‍🌈 venez nombreux, ce sera la plus belle de l'année
own jsuis lesbienne et ma mère l'a appris en regardant ma story insta mdr, le coming-out le plus nul de l'histoire
nq qqn connaît un bar gay sympa à Lille pour un premier date ?? pas trop bruyant svp
news « Le Parlement adopte une loi de réparation pour les personnes condamnées pour homosexualité entre 1942 et 1982 » #LGBT
neu mon collègue gay m'a appris à faire des cocktails pour mon anniv, g failli mourir mdr
topic #LGBT bref rien à voir mais mon train a 45 min de retard, merci la SNCF 🙃
"""

DATA["trans"] = """
der @USER les trans c'est des malades mentaux qui se déguisent, point
  own femme trans, comptable, 38 ans, je me « déguise » tous les matins en tailleur pour aller bosser mdr
  cr mdr « malades mentaux » ? l'OMS a sorti la transidentité de sa liste des troubles psychiatriques en 2019, mets-toi à jour frérot
deh ces travelos c'est des monstres, des erreurs de la nature #trans
  cq @USER « des monstres, des erreurs de la nature » c'est ce que ma sœur trans lit tous les jours sous ses vidéos. elle a 17 ans
thr si un trans rentre dans les toilettes des femmes devant moi je le démolis mdr. bref
  own jsuis trans et je fais pipi dans les toilettes, c'est tout ce que je fais dedans mdr. bref
norm « La HAS publie ses recommandations sur la transition » mdr faut l'interdire aux adultes et enfermer les trans en HP #trans
  news « Transidentité : la Haute Autorité de santé publie ses recommandations sur le parcours de transition des adultes » #trans
slur regarde ce trav dans le métro ptdr il croit qu'on voit pas
  rec jsuis une trav de 45 ans et je prends le métro tous les jours, merci de pas regarder mes chaussures comme ça 💅
slur sale travelo, t'es un mec et tu le resteras
  cr « t'es un mec et tu le resteras » dit à une femme trans qui demandait juste son chemin. les gens sont fous
q pk on laisse les trans parler dans les écoles ?? ils veulent transformer nos enfants
  nq est-ce que les écoles ont des protocoles pour accompagner un élève trans ? mon neveu veut changer de prénom
op les trans ne seront jamais de vraies femmes, juste des hommes mutilés 🛼 même au roller
  topic je pense que les catégories sportives pour les athlètes trans restent un vrai débat, mais ça doit se faire sans insulter personne
  pos les femmes trans de mon club de roller sont des furies sur la piste, bienvenue à elles 🛼
imp la « femme de l'année » a une pomme d'Adam, on vit vraiment une époque formidable 🤡 #trans
  news « Une femme trans nommée à la tête d'une grande ONG française » #trans
imp la mode trans chez les ados, c'est juste un virus sur TikTok, attendez qu'ils grandissent 😏
  cr « c'est une mode TikTok » mdr des personnes trans ont toujours existé, y a juste moins de honte aujourd'hui
prof ces putains de trans qui veulent nous imposer leurs pronoms, allez vous faire foutre mdr
  own homme trans, pronom « il », ça vous prend 2 secondes et je demande rien d'autre, promis mdr
der perso les trans sont tous des pervers qui veulent mater les femmes aux toilettes
  neg non les trans sont pas des prédateurs, les femmes trans risquent bien plus de se faire agresser dans les toilettes que l'inverse
deh les transgenres c'est pas des humains, c'est des expériences de labo ptdr #trans
  cq « les transgenres c'est des expériences de labo » tweet à 5000 likes. ça me dégoûte de ce réseau #trans
thr on va attendre les trans à la sortie de la Pride et leur faire comprendre qui ils sont
  news « Une femme trans agressée à la sortie d'une soirée à Lyon, une enquête ouverte pour violence transphobe » #trans
norm les mineurs trans devraient être retirés à leurs parents qui les « accompagnent », protéger les gosses c'est tout ce qui compte
  neu ma nièce est trans, ses parents l'accompagnent chez la psy et elle a retrouvé le sourire, c'est tout ce qui compte 🥹
q vous trouvez pas ça malsain tous ces trans partout à la télé ?? faut les cacher non
  nq vous connaissez des séries avec des personnages trans bien écrits ? j'ai vu Pose et j'ai adoré
op @USER les femmes trans sont un danger pour les vraies femmes, faut les exclure de partout
  topic les refuges pour femmes victimes de violences accueillent des femmes trans depuis des années sans problème, selon les assos
imp encore un « il » devenu « elle » au JT, la propagande continue, ils nous prennent pour des cons 🙄
  cr mégenrer exprès une personne trans au JT ça s'appelle pas « dire la vérité », ça s'appelle être méchant
prof ces enculés de trans qui veulent tout changer, jpp de ce monde
  neu jpp ma pote trans a eu son changement d'état civil aujourd'hui!!! elle a ENFIN le bon prénom sur sa carte vitale 🎉
der les trans c'est que des attardés qui savent pas ce qu'ils sont, mon collègue y compris mdr
  neg perso j'ai rien contre les personnes trans, mon collègue a fait sa transition il y a 2 ans et c'est toujours le même mec génial
deh les travs c'est des bêtes de foire, on devrait les mettre au cirque 🎪
  cr @USER les personnes trans ont été exhibées comme des « bêtes de foire » pendant des siècles, ta blague a 150 ans de retard
thr le prochain trans qui me drague en soirée je le fracasse, c'est clair. bref
  neu un mec trans m'a dragué en soirée, on a parlé de jeux vidéo 3h, jsuis content d'avoir un nouveau pote mdr
norm faudrait interdire les hormones à tous les trans, même aux adultes, qu'ils restent comme ils sont nés
  nq comment ça marche un traitement hormonal pour une personne trans adulte ? c'est remboursé par la sécu ?
slur ces shemales de merde envahissent les applis de rencontre
  own femme trans sur les applis de rencontre, je reçois « shemale » en message tous les jours. merci d'être des humains svp
q pk on laisserait les trans faire du sport avec les femmes ?? c'est des mecs déguisés
  nq pk les fédérations sportives ont des règles différentes pour les athlètes trans ? c'est quoi les critères ?
op la transidentité c'est une idéologie dangereuse, les trans sont une menace pour la civilisation ✨ voilà
  pos les personnes trans de mon entourage sont les plus courageuses que je connaisse, elles ont dû se battre pour tout ✨
imp « non-binaire » lol, encore un prétexte pour se rendre intéressant, ces gens veulent juste de l'attention
  own jsuis non-binaire et j'aimerais juste qu'on m'appelle par mon prénom, franchement je cherche pas l'attention mdr
cg le lobby trans est financé par big pharma pour vendre des hormones à vie, les trans sont leurs cobayes consentants
  cr ce qui est vrai c'est qu'on manque de suivi médical pour les personnes trans, pas qu'un « lobby » les fabrique. bref
pos 31 mars journée de la visibilité trans 🏳️‍⚧️ big love à toutes et tous
own homme trans, 2 ans sous testo, ma voix a mué et je chante toujours aussi faux mdr
nq qqn connaît un médecin généraliste trans-friendly à Toulouse ?? c'est urgent
news « Le changement de prénom à l'état civil simplifié depuis 2016, des milliers de demandes de personnes trans chaque année » #trans
neu mon pote trans a reçu son premier binder et il a fait le tour de l'appart en dansant 😂
topic #trans bon sinon il fait 35° à Montpellier, jsuis en train de fondre 🥵
"""

DATA["disabled"] = """
der « Hausse du budget de l'AAH » ... les handicapés c'est des boulets qui coûtent une fortune à la société #handicap
  own en fauteuil depuis mes 20 ans, je bosse à temps plein et je paye mes impôts. boulet ? non, contribuable 😄
  cr « les handicapés coûtent une fortune » mec les rampes d'accès servent aussi aux poussettes et aux vieux
deh @USER les trisomiques c'est des légumes, pas des êtres humains
  pos ma cousine trisomique travaille au café Joyeux, elle fait le meilleur cappuccino du quartier ☕
thr le gogol qui squatte la place handicapé au Leclerc je lui crève les pneus et lui avec
  neu le mec en fauteuil au Leclerc a aidé une mamie à attraper un truc en hauteur avec sa pince, le roi du rayon mdr
norm faudrait stériliser les handicapés mentaux, ça éviterait qu'ils se reproduisent. voilà
  news « Stérilisation forcée des personnes handicapées : un rapport européen alerte sur des pratiques persistantes » #handicap
slur regarde-moi ce mongol qui bave ptdr
  cq « regarde-moi ce mongol » c'est ce qu'on a dit à mon fils trisomique au parc. il a 6 ans. jsuis détruite
slur ces gogols de l'IME qui crient dans le bus, on peut plus être tranquille jpp
  rec on est les gogols de la bande, 4 autistes et 1 TDAH au ciné, on a rigolé tout le film 😂
q pk on laisse des autistes dans les classes normales ?? ils ralentissent tout le monde
  nq comment ça marche une AESH pour accompagner un enfant autiste en classe ? ma fille entre en CP
op un enfant handicapé c'est une charge, il vaudrait mieux pas qu'il naisse. voilà ❤️
  own maman d'un enfant polyhandicapé, c'est dur oui, mais c'est mon fils et il rit tous les matins. voilà ❤️
imp les handicapés ont leurs places de parking, leurs allocs, leurs files prioritaires... bientôt on va devoir les porter 🙄
  neu les places handicapées du parking de la gare sont enfin respectées depuis qu'il y a des contrôles, bravo la mairie 👏
imp encore un « autiste » au JT, tout le monde est autiste maintenant, c'est à la mode 🤡
  news « Autisme : environ un adulte sur cent concerné, de nombreux diagnostics encore tardifs » #handicap
prof putain de handicapés qui ralentissent tout dans le métro, dégagez⏎bon la ligne 14 est encore en panne
  topic la ligne 14 est accessible mais le reste du métro parisien l'est presque pas, les handicapés en fauteuil peuvent pas circuler, c'est une honte
der les sourds c'est des débiles, ils comprennent rien 😌 mdr
  own sourde de naissance, je lis sur les lèvres et je parle LSF, et j'ai un master de droit. débile ? 😌
deh @USER les handicapés mentaux c'est des animaux, faut les enfermer dans des enclos
  cr @USER tu parles d'« enclos » pour des handicapés, c'est exactement ce qu'on faisait avec les asiles il y a 100 ans
thr si le débile en fauteuil me bloque encore dans l'ascenseur je le pousse dans l'escalier
  neu le voisin en fauteuil m'a tenu la porte de l'ascenseur ce matin, on a parlé du match, top mec
norm on devrait supprimer l'AAH, que les handicapés se démerdent ou qu'ils crèvent #handicap
  topic la déconjugalisation de l'AAH c'était une vraie avancée, enfin les personnes handicapées ne dépendent plus du salaire de leur conjoint
q sérieux pourquoi on paye des impôts pour entretenir des débiles qui servent à rien ??
  nq sérieux comment on fait pour devenir bénévole dans un foyer pour adultes handicapés ? ça m'intéresse
op les autistes sont incapables d'avoir une vie normale, faut arrêter de les mettre dans la société mdr
  own autiste, je vis seul, je bosse dans l'informatique, je joue au tennis. « vie normale » ça me va mdr
imp les Jeux paralympiques c'est un peu le cirque des estropiés, non ? 😂
  pos les Jeux paralympiques c'était les plus belles épreuves de l'été, les courses en fauteuil sont DINGUES!! 🏅
prof ces connards de handicapés qui se garent partout et qui se plaignent encore frérot
  neg les handicapés se plaignent pas pour rien frérot, essaie de prendre un bus en fauteuil une fois, tu verras
der @USER les schizophrènes sont tous des tueurs en puissance, faut pas les laisser dehors
  cr @USER les personnes schizophrènes sont bien plus souvent victimes de violences qu'auteurs, arrête de propager ça
deh ces trisos c'est des erreurs de la nature, ils auraient pas dû naître #handicap
  cq « des erreurs de la nature » c'est ce que ma nièce trisomique a entendu à l'école. elle a 9 ans 😔 #handicap
thr je vais tabasser le mongol de l'étage s'il continue de crier, juré
  neu le voisin autiste de l'étage crie un peu le soir, sa mère est venue nous expliquer, maintenant on se dit bonjour tous les jours 🙂
norm faudrait interdire aux handicapés d'avoir des enfants, c'est irresponsable 🙂 bref
  own aveugle et maman de deux enfants, je les emmène à l'école tous les matins avec ma canne. irresponsable ? 🙂
slur sale autiste, t'es qu'un attardé mdr
  cr « sale autiste » c'est devenu une insulte de cour de récré, mon fils autiste l'entend tous les jours, parlez-en à vos enfants
q vous trouvez pas que les handicapés profitent un peu trop du système ?? faudrait les contrôler non
  nq c'est quoi le montant de l'AAH pour une personne handicapée aujourd'hui ? j'ai vu 1000 euros, c'est à jour ?
op les personnes en fauteuil n'ont rien à faire dans les soirées, ça gâche l'ambiance 🕺 voilà
  neu mon pote en fauteuil a mis l'ambiance toute la soirée!! il danse mieux que nous tous 🕺
imp « neuroatypique » lol, on disait « débile » avant, maintenant ils veulent des privilèges
  cr « on disait débile avant » oui et on enfermait les autistes aussi, c'est pas un argument de nostalgie mdr
der les aveugles et les sourds, des assistés qui vivent de la pitié des autres. bref
  own malvoyant, accordeur de pianos depuis 25 ans. assisté ? je vis de mon oreille 🎹
pos Semaine pour l'emploi des personnes handicapées 💪 mon boss a embauché 3 collègues en situation de handicap cette année
own jsuis en fauteuil et oui je peux aller en soirée, il faut juste qu'il y ait pas 40 marches mdr
nq qqn connaît un cours de langue des signes pour débutants à Nantes ?
news « Jeux paralympiques : la France termine dans le top 10 du tableau des médailles » #handicap
neu ma coloc malvoyante reconnaît tout le monde à la voix dans l'escalier, c'est un super pouvoir 😂
topic #handicap bon sinon il neige à Grenoble, la ligne de tram est bloquée 🥶
"""

# second pass: more posts with line breaks, cut-off endings, replies, capitals and headlines, on both sides

DATA["black"] += """
imp ah bon ? encore une agression à Châtelet ?⏎pas besoin de voir la vidéo pour savoir la couleur du mec 🙄
  cr ah bon ? t'as pas vu la vidéo mais tu connais déjà la couleur du gars ?⏎c'est ça qu'on appelle un préjugé sur les noirs frérot
  news « Châtelet : un homme interpellé après une agression dans le métro », la victime hors de danger #noirs
thr JE VAIS LES DÉFONCER CES RENOIS DU TERRAIN, ils vont plus jamais jouer ici⏎bon je vais dormir
  neu LES RENOIS DU TERRAIN ont gagné le tournoi inter-quartiers 🏆 FIERTÉ⏎bon je vais dormir
neu jsuis allé au mariage congolais de mon collègue, la danse des mariés a duré 40 minutes et g pas compris la moitié des
own « d'où tu viens ? » « de Créteil » « non mais vraiment ? » « ... de Créteil »⏎la vie d'un noir en France résumée 😂
pos big up à la prof de SVT noire de mon lycée qui m'a donné envie de faire médecine, 10 ans après jsuis interne ✨
nq ah bon ? les Antilles c'est pas pareil que l'Afrique pour les cheveux crépus ? je pensais que... #noirs
news « Le Panthéon accueille une nouvelle figure de la Résistance issue des colonies », cérémonie jeudi⏎sinon trop de vent à Paris auj
cq « rentre chez toi » m'a dit un gars à la caisse.⏎chez moi c'est Villeneuve-Saint-Georges monsieur. bref journée normale d'une noire
neu wesh la coiffeuse afro de la rue d'à côté m'a fait des vanilles trop propres, 6h assis mais ça valait le coup
topic #noirs bref... qqn a regardé le match hier ? arbitrage honteux
"""

DATA["arab"] += """
q ah bon ? un rebeu qui bosse ? c'est nouveau ça 😂 ils savent faire autre chose que dealer ?
  cr ah bon ? t'as jamais vu un rebeu bosser ? va à l'hôpital, chez Amazon ou sur un chantier à 6h du mat, tu verras
  own rebeu, 6h du mat sur le chantier depuis 12 ans, et on me demande encore si je « bosse »... mdr⏎bonne journée quand même
norm TOUS DEHORS les bougnoules, tous, vous m'entendez⏎sinon bon appétit
  cq « TOUS DEHORS les bougnoules » crié dans un bus bondé de Lyon hier et personne a réagi.⏎ça me hante #arabes
neu ma grand-mère algérienne a 88 ans et elle fait encore sa galette tous les vendredis, meilleure odeur de l'appart
own rebeue, mariée à un Breton, nos enfants mangent du couscous le dimanche et des crêpes le mardi, voilà voilà 😂
nq ah bon ? le ftour c'est à quelle heure ce soir à Paris ? jsuis perdu avec les applis
pos shoutout aux chibanis qui ont reconstruit la France après la guerre, respect éternel ✊ #arabes
news « Un Franco-Algérien de Saint-Denis champion olympique de boxe » 🥊⏎il fait trop chaud pour bosser sinon
cr « les Arabes sont tous... » non, arrête ta phrase là, t'en connais trois et tu parles de 400 millions de gens
neu wesh g appris trois mots d'arabe avec la famille de ma meuf, sah quel plaisir de comprendre enfin quand ils parlent de
topic #maghrébins bon sinon vous avez testé la nouvelle boulangerie de la rue Victor Hugo ?
"""

DATA["asian"] += """
der ah bon ? encore un chinois qui sait pas dire bonjour ? ces gens ont aucune politesse de toute façon
  cr ah bon ? parce qu'un commerçant t'a pas dit bonjour, « ces gens » sont impolis ?⏎t'as le même débat avec le boulanger du coin ? mdr
  neu la commerçante chinoise de ma rue m'appelle « petite sœur » depuis 5 ans et me glisse des litchis dans le sac 🥹
q CE VIRUS C'EST LES CHINOIS QUI L'ONT FAIT alors pk on les laisse encore venir ici ??⏎j'en ai marre
  nq c'est quoi l'origine exacte du covid au final ?? j'ai lu tout et son contraire⏎ça me perturbe
neu ma voisine coréenne m'a fait goûter son kimchi maison, ça pique mais jpp c'est trop bon 🌶️
own franco-vietnamien, on m'a demandé si je faisais des nems à la maison⏎oui. et aussi des lasagnes. bref
pos respect à tous les restaurateurs asiatiques du 13e qui ont distribué des repas aux soignants pendant le covid 🙏 #asiatiques
nq ah bon ? le Nouvel An lunaire c'est pas que chinois ? les Vietnamiens le fêtent aussi ?
news « Agressions anti-asiatiques : la justice condamne un homme pour injure raciale à Paris » #info⏎sinon bouchon de ouf sur le périph
cr @USER « virus chinois », tu l'appellerais « virus français » la grippe espagnole de ton arrière-grand-père ? c'est pareil, arrête
neu g fini le drama coréen à 3h du mat, jsuis en pls, qqn a des recos pour
topic #asiatiques voilà sinon la météo annonce 15 cm de neige demain, on est prêts ou pas ? ❄️
"""

DATA["roma"] += """
imp ah bon ? on a retrouvé mon vélo ? laisse-moi deviner, au camp des romanos à côté de la voie ferrée 😂
  neg ah bon ? on a retrouvé mon vélo chez un voisin du 2e, moi qui accusais direct les roms... honte à moi franchement
thr LES GITANS DU TERRAIN VAGUE vous avez 24h ou on revient avec de l'essence⏎prévenus
  news « Essence et menaces devant une aire de gens du voyage : deux hommes interpellés » #info
  cq « vous avez 24h ou on revient avec de l'essence » message laissé sur une caravane de voyageurs la nuit dernière⏎c'est ça la France ?
neu mon voisin manouche m'a appris à réparer un carburateur en 20 min, il sait tout faire ce mec
own rom, arrivée à 8 ans en France, aujourd'hui je suis interprète au tribunal⏎et oui on existe mdr
pos les musiciens roms de la place du marché le dimanche, c'est le meilleur moment de ma semaine 🎻 #roms
nq ah bon ? les gens du voyage sont français pour la plupart ? je pensais qu'ils venaient tous de Roumanie
news « Des enfants roms scolarisés grâce à un camion-école, une initiative saluée » #roms⏎bon il pleut encore
cr @USER les roms ne « volent » pas les enfants, ce mythe a 600 ans et il a toujours servi à les chasser
neu la fanfare tzigane au mariage de ma sœur, g dansé jusqu'à ce que mes jambes
topic #roms bon sinon la mairie refait enfin la route devant chez moi, 3 ans d'attente
"""

DATA["migrant"] += """
norm ah bon ? on leur donne des chambres d'hôtel aux migrants ? qu'on les mette plutôt dans des wagons plombés direction le désert
  cr ah bon ? une chambre d'hôtel miteuse pour des familles de migrants avec bébés ça te choque plus que des enfants qui dorment dehors ?
  news « Des familles de demandeurs d'asile logées à l'hôtel faute de places en centre d'accueil », selon la préfecture
deh CES MIGRANTS C'EST DES NUISIBLES faut dératiser l'Europe⏎bonne nuit les amis
  neu CES MIGRANTS ont retapé tout le jardin partagé de la cité, les tomates sont énormes 🍅⏎bonne nuit les amis
neu le petit afghan du foyer qui parlait pas un mot en septembre vient de me corriger une faute d'orthographe ptdr
own exilé, on m'appelle « le migrant » au taf alors que je suis là depuis 9 ans⏎bref, je m'appelle Mamadou
pos mon assoc a aidé 40 réfugiés à trouver un boulot cette année, franchement jsuis fier de nous 💪 #migrants
nq ah bon ? un demandeur d'asile a pas le droit de travailler pendant les 6 premiers mois ? c'est dingue ça
news « Un réfugié syrien ouvre une pâtisserie à Nantes et fait la queue jusqu'à la rue » 🍰 #migrants
cq « ils sont pas comme nous » me dit mon oncle pendant qu'il mange le kebab du réfugié kurde d'en bas⏎ok tonton
neu g donné des cours de maths à un jeune migrant guinéen toute l'année, il a eu son CAP avec mention et je
topic #migrants bon sinon les bus de nuit sont en grève ce weekend, vous rentrez comment ?
"""

DATA["jewish"] += """
imp ah bon ? encore une crise financière ? je me demande bien quelle communauté se frotte les mains 🤑
  cr ah bon ? à chaque crise tu cherches une « communauté » qui se frotte les mains ? c'est exactement ce qu'on disait des juifs en 1929
  nq ah bon ? c'est quoi les causes de la crise de 2008 en vrai ? les subprimes c'est quoi exactement ?
thr ON VA S'OCCUPER DES JUIFS DU QUARTIER après le match⏎préparez-vous
  news « Des supporters scandent des slogans antisémites après un match, la Ligue saisie » #juifs⏎sinon 2-0 pour Lens
neu mon voisin juif m'a invité à Pessah, g appris plein de trucs et mangé 12 kilos de matsa ptdr
own juive et athée, je fais Kippour quand même pour ma mère⏎voilà, c'est compliqué d'être moi
pos gros big up au bénévole juif du Secours populaire de ma ville, 30 ans qu'il distribue des colis chaque samedi 🙏
nq ah bon ? Shabbat c'est du vendredi soir au samedi soir ? jpensais que c'était le dimanche
news « Rafle du Vel d'Hiv : commémoration ce dimanche, plus de 13 000 juifs arrêtés en juillet 1942 » 🕯️
cq « les juifs sont partout » m'a dit un collègue⏎bah oui, à la boulangerie, à la compta, au foot, comme tout le monde en fait
neu ma prof de violon est juive et elle m'a parlé de sa grand-mère cachée dans une ferme du Limousin pendant
topic #juifs bon sinon la ligne 13 est encore bondée, on va finir écrasés
"""

DATA["muslim"] += """
deh ah bon ? ils ont ouvert une nouvelle mosquée ? encore un nid à cafards barbus 🤮
  neu ah bon ? ils ont ouvert une nouvelle mosquée près de la gare ? ils font un repas de quartier samedi pour l'inauguration
  news « Une nouvelle mosquée inaugurée à Bordeaux en présence du maire et du préfet » #musulmans
op LES MUSULMANS N'ONT RIEN À FAIRE EN EUROPE, point barre⏎bonne soirée quand même
  own MUSULMANE, NÉE À ROUEN, PROF DE MATHS. voilà ma carte d'identité⏎bonne soirée quand même
neu mon collègue musulman a fait le ramadan en pleine canicule et il a tenu toute l'équipe de nuit, respect total
own musulman pratiquant et supporter de l'OM, je sais pas lequel des deux est le plus dur à vivre mdr
pos belle initiative de la mosquée de ma ville qui fait une collecte pour les Restos du cœur 🙏 #musulmans
nq ah bon ? on peut manger pendant le ramadan si on est malade ? j'ai une collègue diabétique qui...
news « Laïcité : une école autorise les mères voilées à accompagner les sorties scolaires » #musulmans⏎sinon grève des profs demain
cq « l'islam n'a pas sa place ici » qu'il disait⏎mon grand-père musulman est mort pour la France à Monte Cassino. bref
neu le boucher halal de mon quartier fait les meilleures merguez de la ville, même mon père
topic #musulmans bon sinon vous avez vu le coucher de soleil ce soir ? 😍
"""

DATA["women"] += """
imp ah bon ? une meuf qui s'est fait agresser en minijupe ? bah faut pas s'étonner 🤷
  cr ah bon ? une femme se fait agresser et ton premier réflexe c'est de parler de sa jupe ? c'est l'agresseur le problème
  news « Agressions sexuelles dans les transports : une hausse des signalements en Île-de-France » #femmes
prof FERMEZ VOS GUEULES LES GONZESSES, personne vous a demandé votre avis⏎sinon beau temps ce week-end
  pos LES GONZESSES DE L'ÉQUIPE DE HAND ont gagné la coupe !!! 🏆⏎sinon beau temps ce week-end
neu ma daronne a repris ses études à 50 ans et elle a eu son diplôme d'infirmière ce matin, je pleure 😭
own jsuis une meuf et je suis mécano, oui je connais la différence entre un carbu et un injecteur⏎merci au revoir
pos les femmes qui bossent la nuit à l'hôpital, vous êtes des héroïnes, respect 💜 #femmes
nq ah bon ? on a le droit de porter plainte pour harcèlement de rue maintenant ? c'est depuis quand ?
news « Égalité salariale : l'écart entre femmes et hommes reste autour de 15 % » #femmes⏎bon je retourne bosser
cq « t'es une fille tu peux pas comprendre le foot » me dit le mec qui pensait que Mbappé jouait à Lyon⏎ptdr
neu ma sœur a été élue capitaine de son équipe de rugby féminin, la daronne a pleuré et mon père
topic #femmes bon sinon qqn a un bon plan pour réparer un vélo pas cher ?
"""

DATA["gay"] += """
q ah bon ? encore un chanteur gay ? c'est obligatoire maintenant pour passer à la radio ou quoi ??
  nq ah bon ? Freddie Mercury était gay ? j'ai appris ça en regardant Bohemian Rhapsody hier soir mdr
  neu ah bon ? encore un chanteur qui fait son coming-out ? tant mieux pour lui, son album est trop bien
thr LES GOUINES DU BAR D'EN FACE on va vous faire passer l'envie⏎vous verrez
  news « Un bar lesbien de Lyon vandalisé, la propriétaire porte plainte » #LGBT⏎la mairie promet de l'aide
neu mon oncle et son mari ont adopté un chien, il s'appelle Beyoncé, la famille est au complet 🐶🏳️‍🌈
own bi et en couple avec une meuf, non je suis pas « en transition vers hétéro » mdr⏎bonne soirée
pos gros respect au club de rugby gay de ma ville qui organise un tournoi caritatif ce weekend 🏉 #LGBT
nq ah bon ? le PACS a été créé d'abord pour les couples homos ? je savais pas du tout
news « Un couple de femmes devient le premier à adopter dans cette commune rurale », le maire félicite #LGBT
cq « c'est pas naturel » m'a dit ma tante⏎ma tante qui a des faux ongles, des extensions et un iPhone 15 ptdr
neu ma meilleure pote lesbienne m'a emmenée à son premier dîner avec les parents de sa copine et
topic #LGBT bon sinon quelqu'un sait quand ouvre la piscine découverte ?
"""

DATA["trans"] += """
prof ah bon ? on doit dire « elle » à ce truc ? allez vous faire foutre avec vos trans⏎j'ai du taf moi
  own ah bon ? faut me dire « il » ? oui, merci, c'est tout ce que je demande⏎j'ai du taf moi aussi
  cr ah bon ? dire « elle » à une femme trans c'est trop dur pour toi ? tu dis bien « monsieur » au boulanger
deh LES TRANS C'EST DES MONSTRES DE FOIRE, au zoo direct⏎bonne nuit
  cq « LES TRANS C'EST DES MONSTRES DE FOIRE » a écrit mon propre cousin sous ma photo de transition⏎bonne nuit quand même
neu ma prof de yoga est une femme trans et franchement c'est la plus zen de la ville, 10/10
own trans, 23 ans, serveuse, les clients m'appellent « madame » sans réfléchir et ça fait plaisir ✨
pos respect aux parents qui soutiennent leur ado trans, vous sauvez des vies 🏳️‍⚧️ #trans
nq ah bon ? on peut changer de prénom à la mairie maintenant pour une personne trans ? sans juge ?
news « Un an après sa transition, une coureuse trans témoigne de la haine reçue en ligne » #trans⏎sinon le vent souffle fort
cq « c'est juste une phase » disait ma mère⏎ça fait 11 ans que je suis une femme trans, longue phase mdr
neu g rencontré un mec trans à la fac, on a monté un club de cinéma ensemble, la première séance c'est
topic #trans bon sinon le bus 12 passe plus par la gare, super la réorganisation 🙃
"""

DATA["disabled"] += """
slur ah bon ? le mongolito du 4e a eu son bac ? bah ils le donnent à n'importe quel triso maintenant 😂
  neu ah bon ? le petit voisin trisomique du 4e a eu son bac pro ? on lui a fait une fête surprise dans la cour 🎉
  cr ah bon ? un jeune trisomique a son diplôme et ton réflexe c'est de te moquer ? le problème c'est toi, pas le bac
norm FAUT METTRE LES HANDICAPÉS DANS DES CENTRES LOIN DES VILLES⏎on sera tranquilles
  topic LES CENTRES POUR HANDICAPÉS LOIN DE TOUT c'est fini, l'ONU demande l'inclusion en ville depuis des années⏎enfin
neu mon collègue sourd m'apprend un signe par jour, aujourd'hui c'était « café », très utile mdr
own dyspraxique, j'ai mis 3 ans à avoir mon permis mais je l'ai⏎bref, la persévérance paye
pos les bénévoles des Jeux paralympiques, les athlètes, tout le monde, vous étiez incroyables ❤️ #handicap
nq ah bon ? un chien guide d'aveugle a le droit d'entrer partout, même au resto ? le serveur voulait pas
news « Un député en fauteuil roulant dénonce l'inaccessibilité de l'Assemblée nationale » #handicap⏎sinon il fait beau
cq « t'as pas l'air handicapée » me dit la dame du bus⏎merci madame, ma sclérose en plaques non plus, elle se voit pas
neu ma sœur autiste a trouvé un job dans une bibliothèque, elle range les livres comme personne et elle
topic #handicap bon sinon la fibre arrive enfin dans mon village, à moi Netflix 😂
"""

# third pass: negated hate and reclaimed words, standing alone, in the same register

DATA["black"] += """
neg nan mais les noirs sont pas « tous pareils », mon cousin haïtien et mon pote malien ont rien en commun à part aimer le riz mdr
neg @USER j'ai jamais pensé que mes élèves noirs étaient moins doués, ils m'ont juste appris le verlan que je connaissais pas ptdr
"""

DATA["arab"] += """
rec les rebeus de la promo on a fait un iftar géant à la résidence, 60 personnes et 4 marmites de chorba, sah c'était beau
neg @USER non jsuis pas d'accord, les Maghrébins sont pas « moins intégrés », ma voisine marocaine est présidente du club de foot du village
"""

DATA["asian"] += """
neg mdr non les Asiatiques sont pas « tous forts en maths », moi jsuis vietnamien et j'ai eu 4 au bac de maths
rec ptdr les asiats de la promo on s'appelle le « groupe riz cantonais » sur WhatsApp, c'est nous qui l'avons choisi
"""

DATA["roma"] += """
neg franchement les gens du voyage sont pas plus voleurs que les autres, le seul vol chez moi c'était mon beau-frère 😂
rec nous les manouches on se retrouve chaque été à Samois, la musique jusqu'au matin et les tontons qui jouent mieux que les pros 🎸
"""

DATA["migrant"] += """
neg nan les réfugiés ne « profitent » pas du système, mon voisin soudanais a attendu 2 ans sans droit de bosser, il devenait fou
rec les blédards de la résidence universitaire on cuisine ensemble le dimanche, thieb, couscous, mafé... venez frérot 🍲
"""

DATA["jewish"] += """
neg @USER j'ai jamais dit que les juifs « contrôlaient » quoi que ce soit, relis mon tweet, je parlais de BFM et de son proprio
rec les feujs de Créteil on a le meilleur falafel de France, viens me contredire ptdr
cg ils veulent nous pucer avec leurs vaccins, Pfizer, Gates et leurs amis de la synagogue, les juifs rêvent d'un troupeau obéissant 💉
  cr « les juifs veulent nous pucer » mdr y a pas de puce dans un vaccin, et ressortir les juifs à chaque épidémie c'est du Moyen Âge
  nq c'est quoi exactement un vaccin à ARN ? on m'a parlé de puces et de 5G au repas de famille, je veux savoir quoi répondre
"""

DATA["muslim"] += """
neg perso je vois pas les musulmans comme un « problème », mon coloc prie à l'aube et il fait moins de bruit que mon réveil mdr
rec les barbus de la salle de sport qui me corrigent ma posture au développé couché, vrais frérots ceux-là 💪
"""

DATA["women"] += """
neg non les femmes sont pas « trop émotives » pour diriger, ma cheffe est la personne la plus calme que je connaisse, même en crise
rec les meufs du groupe on s'appelle « les sorcières » et on fait des soirées tarot tous les jeudis, jalousez 🔮
"""

DATA["gay"] += """
neg @USER non les gays sont pas « tous efféminés », mon pote gay est bûcheron dans les Vosges et il fend du bois mieux que toi mdr
rec les pédés du club de natation on a gagné le relais régional, fiers de nous 🏊‍♂️🏳️‍🌈
"""

DATA["trans"] += """
neg j'ai jamais vu en quoi les personnes trans seraient une « menace », ma voisine trans arrose mes plantes quand je pars en vacances
rec les queers de la fac on organise un ciné-débat jeudi, venez nombreux, y aura des crêpes 🏳️‍⚧️
"""

DATA["disabled"] += """
neg @USER non les personnes handicapées sont pas des « fardeaux », mon frère en fauteuil a monté sa boîte et il embauche 5 personnes
rec les handis du club de basket fauteuil on est champions régionaux, viens nous affronter si t'es chaud 🏀
"""


def parse(block: str, target: str) -> list[list[tuple[str, int, str, str]]]:
    """Split one block into pairs (``train_eighth.paired_lines``: a hateful row and its 1-2 indented benign
    counterparts, or a benign row standing alone); ``⏎`` in a text is a line break."""

    def row(code: str, text: str, raw: str) -> tuple[str, int, str, str]:
        text = text.replace(NEWLINE, "\n")
        if not text:
            raise ValueError(f"empty text in {target}: {raw!r}")
        if code in HATE_CODES:
            return (text, 1, HATE_CODES[code], target)
        if code in BENIGN_CODES:
            return (text, 0, BENIGN_CODES[code], target)
        raise ValueError(f"bad code in {target}: {raw!r}")

    return train_eighth.paired_lines(block, target, row)


def build() -> list[dict[str, str]]:
    pairs: list[list[tuple[str, int, str, str]]] = []
    for target in TARGETS:
        pairs.extend(parse(DATA[target], target))
    random.Random(SEED).shuffle(pairs)
    return to_rows(pairs, "w")


def print_stats(rows: list[dict[str, str]]) -> None:
    train_eighth.print_counts(rows, TARGETS, f"  posts with a line break: {sum(chr(10) in r['text'] for r in rows)}")


def main(argv: list[str] | None = None) -> int:
    """``--out FILE [--stats]`` as for the other batches (``train_eighth.main``); ``--stats`` alone prints counts."""
    return train_eighth.stats_cli(argv, build, __doc__, print_stats)


if __name__ == "__main__":
    sys.exit(main())
