"""Write ``samples.csv``: short social-media posts in fr, en, ar, es, de for choosing and checking a language identifier.

Every sentence below was written for this file (no external data set). A post is one or two sentences of one
language, sometimes dressed as posts are: a leading ``@handle``, a link, hashtags, emoji, all lower case, accents
dropped. Kinds:

- ``post``: 5-30 words, one language (>= 200 per language);
- ``short``: 2-4 words, one language (reported apart: no identifier is reliable there);
- ``mixed``: French posts with English or Arabic words, insults or phrases in them (lang ``fr``).

Seeded: reruns write the same file. ``python models/languages/make_samples.py`` (from the repository root).
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("samples.csv")
PER_LANGUAGE = 220
MIXED = 110

SENTENCES: dict[str, list[str]] = {
    "fr": [
        "Franchement ce match était nul du début à la fin",
        "Quelqu'un sait si la ligne 13 fonctionne ce matin ?",
        "J'ai encore raté mon train, la journée commence bien",
        "Le nouveau resto en bas de chez moi est une tuerie",
        "Vivement les vacances, je n'en peux plus du boulot",
        "Ma grand-mère a fait une tarte aux pommes incroyable ce midi",
        "Il pleut depuis trois jours, on se croirait en novembre",
        "Je viens de finir la saison 2, la fin m'a détruit",
        "Qui vient au concert samedi soir ? Il reste des places",
        "Les prix à la caisse ont encore augmenté, c'est abusé",
        "Bon anniversaire ma sœur, je t'aime fort",
        "On a gagné ! Trop fiers de l'équipe ce soir",
        "Mon chat a encore renversé mon café sur le clavier",
        "Le prof nous a donné un contrôle surprise, merci bien",
        "Je cherche un appart à Lyon, si vous avez des plans je prends",
        "Cette vidéo m'a fait pleurer de rire, regardez jusqu'au bout",
        "Sérieux les gens qui doublent dans la file, ça m'énerve",
        "Petit footing au bord du canal avant d'aller bosser",
        "Le gouvernement nous prend vraiment pour des idiots avec cette réforme",
        "J'ai testé la recette de pâtes au citron, validé à cent pour cent",
        "Encore une grève demain, je vais télétravailler",
        "Quel plaisir de revoir les copains après tout ce temps",
        "Ce livre se lit d'une traite, je le recommande à tout le monde",
        "Mon téléphone est tombé dans l'eau, quelqu'un connaît un réparateur ?",
        "Les enfants ont adoré la sortie au zoo aujourd'hui",
        "Il fait enfin beau, on part pique-niquer au parc",
        "Pourquoi personne ne répond jamais au service client ?",
        "Je suis d'accord avec toi sur toute la ligne",
        "Tu racontes n'importe quoi, renseigne-toi un peu avant de parler",
        "Cette série est surcotée, je me suis ennuyé tout le long",
        "Premier jour dans ma nouvelle boîte, un peu stressé",
        "On fait un apéro ce soir chez moi, ramenez des chips",
        "Le marché du dimanche, c'est sacré dans la famille",
        "Les urgences étaient pleines, on a attendu cinq heures",
        "Bravo à tous les bénévoles qui ont aidé pendant les inondations",
        "J'arrive pas à dormir, quelqu'un est encore debout ?",
        "Le nouveau maillot du club est vraiment moche",
        "Mes parents ont enfin appris à envoyer des vocaux",
        "Ça fait plaisir de voir autant de monde à la manif",
        "Ce youtubeur raconte vraiment n'importe quoi depuis des mois",
        "Je me suis inscrit à la salle, on verra combien de temps je tiens",
        "Le bus est encore en retard, comme d'habitude",
        "Ils ont fermé la boulangerie du quartier, tout le monde est triste",
        "Qui a des bons plans pour partir pas cher en Bretagne cet été ?",
        "J'ai eu mon permis du premier coup, trop contente",
        "Arrêtez de spoiler la finale, je ne l'ai pas encore vue",
        "Mon voisin fait des travaux tous les dimanches matin",
        "Le débat d'hier soir était d'un niveau catastrophique",
        "Franchement merci pour vos messages, ça me touche beaucoup",
        "On se retrouve devant la gare à dix-huit heures",
        "Je suis tombée amoureuse de ce petit village en Provence",
        "Les impôts m'ont envoyé un courrier, j'ai peur de l'ouvrir",
        "Ce joueur mérite le ballon d'or, aucun doute là-dessus",
        "J'ai oublié mes clés au bureau, je dors où ce soir",
        "Le wifi du train ne marche jamais, c'est une blague",
        "Ma fille a perdu sa première dent hier soir",
        "C'est fou comme les loyers ont explosé en deux ans",
        "Personne ne parle de la pollution de la rivière, pourtant c'est grave",
        "Les commentaires sous cette vidéo sont d'une bêtise rare",
        "Tu es vraiment la meilleure, merci pour tout",
        "Le film était long mais la musique était magnifique",
        "Je ne comprends pas pourquoi tout le monde s'énerve pour si peu",
        "Ils ont encore changé l'appli et plus rien ne marche",
        "Bientôt la rentrée, il faut racheter toutes les fournitures",
        "Mon patron m'a félicité devant toute l'équipe, je suis aux anges",
        "Quelle chaleur aujourd'hui, impossible de travailler",
        "Ce mec se croit drôle mais il ne l'est pas du tout",
        "On a adopté un chiot, il s'appelle Biscotte",
        "Je passe mon oral demain, croisez les doigts pour moi",
        "Les politiques promettent tout et ne font jamais rien",
    ],
    "en": [
        "Honestly that game was a total mess from start to finish",
        "Does anyone know if the northern line is running this morning?",
        "Missed my train again, great start to the week",
        "The new taco place downtown is absolutely amazing",
        "Can't wait for the holidays, work is killing me",
        "My grandma baked the best apple pie I've ever had",
        "It's been raining for three days straight and I'm over it",
        "Just finished season two and that ending wrecked me",
        "Who's coming to the gig on Saturday? Still got spare tickets",
        "Grocery prices went up again, this is ridiculous",
        "Happy birthday sis, love you to the moon and back",
        "We won! So proud of the team tonight",
        "My cat knocked my coffee over the keyboard again",
        "Our teacher gave us a pop quiz today, thanks a lot",
        "Looking for a flat in Manchester, any leads appreciated",
        "This video had me crying laughing, watch till the end",
        "People who cut the queue really get on my nerves",
        "Quick run along the river before heading to work",
        "The government must think we're stupid with this new bill",
        "Tried that lemon pasta recipe and it's a total win",
        "Another strike tomorrow so I'm working from home",
        "So good to see the old crew after all this time",
        "Couldn't put this book down, highly recommend it",
        "Dropped my phone in the sink, anyone know a good repair shop?",
        "The kids loved the trip to the zoo today",
        "Finally some sunshine, we're having a picnic in the park",
        "Why does customer service never pick up the phone?",
        "I agree with you one hundred percent on this",
        "You have no idea what you're talking about, do some reading first",
        "This show is so overrated, I was bored the whole time",
        "First day at the new job and I'm a bit nervous",
        "Drinks at mine tonight, bring snacks",
        "Sunday market is sacred in our family",
        "The emergency room was packed, we waited five hours",
        "Huge thanks to all the volunteers who helped during the floods",
        "Can't sleep, anyone else still up?",
        "The new home kit is honestly so ugly",
        "My parents finally figured out voice messages",
        "Amazing to see so many people at the march today",
        "This streamer has been talking nonsense for months",
        "Signed up for the gym, let's see how long I last",
        "The bus is late again, as always",
        "They closed the bakery on our street and everyone is gutted",
        "Any tips for a cheap weekend trip to the coast this summer?",
        "Passed my driving test first try, so happy",
        "Stop spoiling the final, I haven't watched it yet",
        "My neighbour does renovations every Sunday morning",
        "Last night's debate was an absolute disaster",
        "Thank you all for the kind messages, it means a lot",
        "Meet you in front of the station at six",
        "I fell in love with this tiny village in the countryside",
        "Got a letter from the tax office and I'm scared to open it",
        "This guy deserves every award going, no doubt about it",
        "Left my keys at the office, where am I sleeping tonight",
        "The wifi on this train never works, what a joke",
        "My daughter lost her first tooth last night",
        "Rents have gone completely mad in the last two years",
        "Nobody talks about the sewage in the river but it's serious",
        "The comments under this post are something else",
        "You're the best, thanks for everything",
        "The movie was long but the soundtrack was gorgeous",
        "I don't get why everyone is so angry about this",
        "They updated the app again and now nothing works",
        "Back to school soon, time to buy all the supplies again",
        "My boss praised me in front of the whole team today",
        "It's way too hot to do anything today",
        "This dude thinks he's funny but he really isn't",
        "We adopted a puppy and his name is Biscuit",
        "Got my exam tomorrow, fingers crossed for me",
        "Politicians promise everything and never deliver",
    ],
    "es": [
        "La verdad el partido fue un desastre de principio a fin",
        "¿Alguien sabe si el metro funciona esta mañana?",
        "Otra vez perdí el tren, qué manera de empezar la semana",
        "El bar nuevo de la esquina está buenísimo",
        "Tengo unas ganas enormes de vacaciones, el trabajo me mata",
        "Mi abuela hizo una tarta de manzana increíble hoy",
        "Lleva tres días lloviendo sin parar, qué asco de tiempo",
        "Acabo de terminar la segunda temporada y el final me destrozó",
        "¿Quién viene al concierto el sábado? Todavía quedan entradas",
        "Los precios del súper han vuelto a subir, es una vergüenza",
        "Feliz cumpleaños hermana, te quiero muchísimo",
        "¡Ganamos! Qué orgullo de equipo esta noche",
        "Mi gato me tiró el café encima del teclado otra vez",
        "El profe nos puso un examen sorpresa, gracias por nada",
        "Busco piso en Valencia, si sabéis de algo avisadme",
        "Este vídeo me hizo llorar de risa, miradlo hasta el final",
        "La gente que se cuela en la fila me pone de los nervios",
        "Salí a correr por el río antes de ir a currar",
        "El gobierno nos toma por tontos con esta reforma",
        "Probé la receta de pasta con limón y está brutal",
        "Mañana hay huelga otra vez, así que teletrabajo",
        "Qué alegría volver a ver a los amigos después de tanto tiempo",
        "Este libro se lee de un tirón, lo recomiendo a todo el mundo",
        "Se me cayó el móvil al agua, ¿alguien conoce un sitio para arreglarlo?",
        "Los niños se lo pasaron genial en el zoo hoy",
        "Por fin hace sol, nos vamos de picnic al parque",
        "¿Por qué nunca contesta nadie en atención al cliente?",
        "Estoy totalmente de acuerdo contigo en esto",
        "No tienes ni idea de lo que dices, infórmate un poco",
        "Esta serie está sobrevalorada, me aburrí todo el rato",
        "Primer día en el curro nuevo y estoy un poco nervioso",
        "Esta noche cervezas en mi casa, traed algo de picar",
        "El mercadillo del domingo es sagrado en mi familia",
        "Urgencias estaba a tope, esperamos cinco horas",
        "Mil gracias a los voluntarios que ayudaron con las inundaciones",
        "No puedo dormir, ¿alguien sigue despierto?",
        "La nueva camiseta del equipo es horrible",
        "Mis padres por fin aprendieron a mandar audios",
        "Qué bonito ver a tanta gente en la manifestación",
        "Este youtuber lleva meses diciendo tonterías",
        "Me apunté al gimnasio, a ver cuánto aguanto",
        "El autobús llega tarde otra vez, como siempre",
        "Cerraron la panadería del barrio y estamos todos tristes",
        "¿Alguna idea para una escapada barata a la playa este verano?",
        "Aprobé el carnet de conducir a la primera, qué felicidad",
        "Dejad de hacer spoilers de la final, todavía no la he visto",
        "Mi vecino hace obras todos los domingos por la mañana",
        "El debate de anoche fue un auténtico desastre",
        "Gracias a todos por los mensajes, me emociona mucho",
        "Quedamos delante de la estación a las seis",
        "Me enamoré de este pueblito en la sierra",
        "Me ha llegado una carta de Hacienda y me da miedo abrirla",
        "Este jugador se merece el balón de oro, sin duda",
        "Me dejé las llaves en la oficina, ¿dónde duermo hoy?",
        "El wifi del tren nunca funciona, es de risa",
        "A mi hija se le cayó el primer diente anoche",
        "Los alquileres se han vuelto locos en dos años",
        "Nadie habla de la contaminación del río y es gravísimo",
        "Los comentarios de este vídeo son de vergüenza ajena",
        "Eres la mejor, gracias por todo",
        "La peli era larga pero la música era preciosa",
        "No entiendo por qué todo el mundo se enfada por tan poco",
        "Han cambiado la aplicación otra vez y ya no funciona nada",
        "Pronto empieza el cole y hay que comprar todo el material",
        "Mi jefe me felicitó delante de todo el equipo, estoy flipando",
        "Qué calor hace hoy, imposible hacer nada",
        "Este tío se cree gracioso pero no tiene ni pizca de gracia",
        "Hemos adoptado un cachorro y se llama Galleta",
        "Mañana tengo el examen oral, cruzad los dedos",
        "Los políticos prometen de todo y luego no hacen nada",
    ],
    "de": [
        "Ehrlich gesagt war das Spiel von Anfang bis Ende grottig",
        "Weiß jemand, ob die S-Bahn heute Morgen fährt?",
        "Schon wieder den Zug verpasst, toller Wochenstart",
        "Der neue Döner an der Ecke ist der absolute Hammer",
        "Ich freue mich so auf den Urlaub, die Arbeit macht mich fertig",
        "Oma hat heute den besten Apfelkuchen aller Zeiten gebacken",
        "Seit drei Tagen regnet es ununterbrochen, ich kann nicht mehr",
        "Gerade die zweite Staffel beendet und das Ende hat mich zerstört",
        "Wer kommt am Samstag mit zum Konzert? Es gibt noch Karten",
        "Die Preise im Supermarkt sind schon wieder gestiegen, unfassbar",
        "Alles Gute zum Geburtstag, Schwesterherz, hab dich lieb",
        "Gewonnen! So stolz auf die Mannschaft heute Abend",
        "Meine Katze hat schon wieder den Kaffee über die Tastatur gekippt",
        "Der Lehrer hat uns einen unangekündigten Test gegeben, danke auch",
        "Suche eine Wohnung in Leipzig, falls jemand was weiß, meldet euch",
        "Bei diesem Video habe ich Tränen gelacht, schaut es bis zum Ende",
        "Leute, die sich in der Schlange vordrängeln, nerven mich total",
        "Kurz am Fluss joggen gewesen, bevor es zur Arbeit geht",
        "Die Regierung hält uns mit dieser Reform wirklich für dumm",
        "Habe das Rezept mit Zitronennudeln ausprobiert, einfach genial",
        "Morgen ist wieder Streik, also arbeite ich von zu Hause",
        "Wie schön, die alten Freunde nach so langer Zeit wiederzusehen",
        "Dieses Buch liest man in einem Rutsch, klare Empfehlung",
        "Mein Handy ist ins Wasser gefallen, kennt jemand eine gute Werkstatt?",
        "Die Kinder fanden den Ausflug in den Zoo heute super",
        "Endlich Sonne, wir machen ein Picknick im Park",
        "Warum geht beim Kundenservice eigentlich nie jemand ran?",
        "Da stimme ich dir voll und ganz zu",
        "Du hast keine Ahnung, wovon du redest, lies dich erst mal ein",
        "Diese Serie ist total überbewertet, ich habe mich nur gelangweilt",
        "Erster Tag im neuen Job und ich bin ziemlich aufgeregt",
        "Heute Abend Bier bei mir, bringt Chips mit",
        "Der Wochenmarkt am Samstag ist in unserer Familie heilig",
        "Die Notaufnahme war total überfüllt, wir haben fünf Stunden gewartet",
        "Danke an alle Helfer, die beim Hochwasser mit angepackt haben",
        "Kann nicht schlafen, ist noch jemand wach?",
        "Das neue Trikot vom Verein ist echt hässlich",
        "Meine Eltern haben endlich gelernt, Sprachnachrichten zu schicken",
        "Schön, so viele Leute bei der Demo zu sehen",
        "Dieser Youtuber erzählt seit Monaten nur noch Quatsch",
        "Hab mich im Fitnessstudio angemeldet, mal sehen, wie lange ich durchhalte",
        "Der Bus ist mal wieder zu spät, wie immer",
        "Die Bäckerei bei uns im Viertel hat zugemacht, alle sind traurig",
        "Hat jemand Tipps für einen günstigen Kurztrip an die Ostsee?",
        "Führerschein beim ersten Versuch bestanden, ich freue mich riesig",
        "Hört auf, das Finale zu spoilern, ich hab es noch nicht gesehen",
        "Mein Nachbar bohrt jeden Sonntagmorgen in der Wand",
        "Die Debatte gestern Abend war ein einziges Desaster",
        "Danke für eure lieben Nachrichten, das bedeutet mir viel",
        "Wir treffen uns um sechs vor dem Bahnhof",
        "Ich habe mich in dieses kleine Dorf im Schwarzwald verliebt",
        "Das Finanzamt hat mir einen Brief geschickt und ich trau mich nicht, ihn aufzumachen",
        "Dieser Spieler hat den Ballon d'Or verdient, ganz klar",
        "Schlüssel im Büro vergessen, wo schlafe ich heute Nacht",
        "Das WLAN im Zug funktioniert nie, ein schlechter Witz",
        "Meine Tochter hat gestern Abend ihren ersten Zahn verloren",
        "Die Mieten sind in zwei Jahren völlig durch die Decke gegangen",
        "Keiner redet über die Verschmutzung des Flusses, dabei ist das ernst",
        "Die Kommentare unter diesem Video sind echt zum Fremdschämen",
        "Du bist die Beste, danke für alles",
        "Der Film war lang, aber die Musik war wunderschön",
        "Ich verstehe nicht, warum sich alle über so eine Kleinigkeit aufregen",
        "Die App wurde schon wieder geändert und jetzt geht gar nichts mehr",
        "Bald beginnt die Schule wieder, wir müssen alle Sachen neu kaufen",
        "Mein Chef hat mich vor dem ganzen Team gelobt, ich schwebe",
        "Heute ist es viel zu heiß, um irgendwas zu machen",
        "Der Typ hält sich für witzig, ist er aber überhaupt nicht",
        "Wir haben einen Welpen adoptiert, er heißt Keks",
        "Morgen ist meine mündliche Prüfung, drückt mir die Daumen",
        "Politiker versprechen alles und halten nie etwas",
    ],
    "ar": [
        "بصراحة المباراة كانت سيئة من البداية إلى النهاية",
        "هل يعرف أحد إذا كان المترو يعمل هذا الصباح؟",
        "فاتني القطار مرة أخرى، بداية رائعة للأسبوع",
        "المطعم الجديد في حينا رائع جدا",
        "أنتظر العطلة بفارغ الصبر، العمل أرهقني",
        "جدتي صنعت اليوم أطيب كعكة تفاح",
        "المطر لم يتوقف منذ ثلاثة أيام، مللت من هذا الجو",
        "أنهيت الموسم الثاني للتو والنهاية حطمتني",
        "من سيأتي إلى الحفلة يوم السبت؟ ما زالت هناك تذاكر",
        "الأسعار في السوق ارتفعت مرة أخرى، هذا غير معقول",
        "عيد ميلاد سعيد يا أختي، أحبك كثيرا",
        "فزنا! فخورون جدا بالفريق الليلة",
        "قطتي أوقعت القهوة على لوحة المفاتيح مرة أخرى",
        "الأستاذ أعطانا امتحانا مفاجئا اليوم، شكرا جزيلا",
        "أبحث عن شقة في الدار البيضاء، من عنده فكرة يراسلني",
        "هذا الفيديو جعلني أبكي من الضحك، شاهدوه حتى النهاية",
        "الناس الذين يتجاوزون الطابور يستفزونني كثيرا",
        "ركضت قليلا على الكورنيش قبل الذهاب إلى العمل",
        "الحكومة تستخف بعقولنا بهذا القرار الجديد",
        "جربت وصفة المعكرونة بالليمون وكانت ممتازة",
        "غدا إضراب مرة أخرى لذلك سأعمل من البيت",
        "ما أجمل أن أرى الأصدقاء بعد كل هذا الوقت",
        "هذا الكتاب يقرأ في جلسة واحدة، أنصح به الجميع",
        "سقط هاتفي في الماء، هل تعرفون محلا جيدا للتصليح؟",
        "الأطفال استمتعوا كثيرا برحلة حديقة الحيوانات اليوم",
        "أخيرا طلعت الشمس، سنخرج في نزهة إلى الحديقة",
        "لماذا لا يرد أحد أبدا في خدمة العملاء؟",
        "أتفق معك تماما في هذا الموضوع",
        "أنت لا تعرف عما تتكلم، اقرأ قليلا قبل أن تكتب",
        "هذا المسلسل مبالغ في تقديره، شعرت بالملل طوال الوقت",
        "أول يوم في العمل الجديد وأنا متوتر قليلا",
        "سهرة عندي الليلة، أحضروا معكم شيئا للأكل",
        "سوق يوم الجمعة شيء مقدس في عائلتنا",
        "قسم الطوارئ كان مزدحما، انتظرنا خمس ساعات",
        "شكرا لكل المتطوعين الذين ساعدوا أثناء الفيضانات",
        "لا أستطيع النوم، هل هناك أحد مستيقظ؟",
        "القميص الجديد للنادي قبيح جدا",
        "والداي تعلما أخيرا إرسال الرسائل الصوتية",
        "جميل أن نرى كل هؤلاء الناس في المظاهرة",
        "هذا اليوتيوبر يقول كلاما فارغا منذ شهور",
        "اشتركت في النادي الرياضي، لنرى كم سأصمد",
        "الحافلة متأخرة مرة أخرى كالعادة",
        "أغلقوا المخبز في حينا والجميع حزين",
        "هل عندكم أفكار لرحلة رخيصة إلى البحر هذا الصيف؟",
        "نجحت في امتحان السياقة من أول مرة، أنا سعيدة جدا",
        "توقفوا عن حرق النهائي، لم أشاهده بعد",
        "جاري يقوم بأشغال كل يوم جمعة صباحا",
        "نقاش البارحة كان كارثة حقيقية",
        "شكرا لكم جميعا على رسائلكم الطيبة، هذا يعني لي الكثير",
        "نلتقي أمام المحطة الساعة السادسة",
        "وقعت في حب هذه القرية الصغيرة في الجبل",
        "وصلتني رسالة من الضرائب وأنا خائف أن أفتحها",
        "هذا اللاعب يستحق الكرة الذهبية بدون شك",
        "نسيت المفاتيح في المكتب، أين سأنام الليلة",
        "الإنترنت في القطار لا يعمل أبدا، مهزلة",
        "ابنتي فقدت أول سن لها البارحة",
        "الإيجارات أصبحت جنونية في سنتين فقط",
        "لا أحد يتحدث عن تلوث النهر مع أنه أمر خطير",
        "التعليقات تحت هذا الفيديو مخجلة فعلا",
        "أنت الأفضل، شكرا على كل شيء",
        "الفيلم كان طويلا لكن الموسيقى كانت رائعة",
        "لا أفهم لماذا يغضب الجميع من أجل شيء بسيط",
        "غيروا التطبيق مرة أخرى والآن لا شيء يعمل",
        "الدخول المدرسي قريب ويجب شراء كل الأدوات من جديد",
        "مديري شكرني أمام كل الفريق، أنا في قمة السعادة",
        "الحر شديد اليوم، مستحيل أن أعمل",
        "هذا الشخص يظن نفسه مضحكا لكنه ليس كذلك أبدا",
        "تبنينا جروا صغيرا وسميناه بسكويت",
        "عندي امتحان شفهي غدا، ادعوا لي",
        "السياسيون يعدون بكل شيء ولا يفعلون أي شيء",
    ],
}

HASHTAGS = {
    "fr": ["#France", "#Paris", "#foot", "#lundi", "#vacances", "#greve", "#cuisine", "#OM", "#rentree"],
    "en": ["#London", "#football", "#MondayMood", "#holidays", "#foodie", "#strike", "#tbt", "#UK"],
    "es": ["#Madrid", "#fútbol", "#lunes", "#vacaciones", "#huelga", "#comida", "#LaLiga", "#Sevilla"],
    "de": ["#Berlin", "#Fußball", "#Montag", "#Urlaub", "#Streik", "#Essen", "#Bundesliga", "#Hamburg"],
    "ar": ["#السعودية", "#المغرب", "#كرة_القدم", "#رمضان", "#مصر", "#الجزائر", "#عطلة", "#تونس"],
}
EMOJI = ["😂", "🔥", "😭", "❤️", "🙏", "😡", "👏", "🤣", "😍", "🙄", "💯", "⚽", "☀️", "🥲"]
LINKS = [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://t.co/x7Kp2LmQ9a",
    "http://bit.ly/3xYzAbc",
    "https://www.instagram.com/p/C9abcdEFgh/",
    "https://news.example.com/sport/live-updates-final-match-report",
    "https://tiktok.com/@someone/video/7301234567890",
]
HANDLES = ["@marie_dlr", "@the_real_tom", "@karim93", "@lucia.gm", "@jonas_k", "@nour2000", "@SportNews", "@user123"]

SHORT: dict[str, list[str]] = {
    "fr": [
        "trop bien ça", "merci beaucoup", "c'est abusé", "bien joué frérot", "j'avoue", "pas mal du tout",
        "quelle horreur", "bonne nuit", "je suis mort", "n'importe quoi", "grave d'accord", "vivement demain",
        "c'est honteux", "trop mignon", "bon courage", "à demain", "ça commence bien", "quelle journée",
        "je valide", "tu m'étonnes", "on y va", "laisse tomber", "c'est magnifique", "quel talent",
        "pas du tout", "j'en peux plus", "trop hâte", "félicitations à toi", "super nouvelle", "bien vu",
    ],
    "en": [
        "so true", "thanks a lot", "love this", "well played mate", "no way", "not bad at all",
        "what a disaster", "good night", "I'm dead", "total nonsense", "couldn't agree more", "can't wait",
        "this is shameful", "so cute", "good luck", "see you tomorrow", "great start", "what a day",
        "absolutely love it", "tell me about it", "let's go", "forget it", "simply beautiful", "what talent",
        "not at all", "I'm exhausted", "so excited", "congrats to you", "great news", "good catch",
    ],
    "es": [
        "qué bueno", "muchas gracias", "qué fuerte", "bien jugado tío", "ni de coña", "nada mal",
        "qué desastre", "buenas noches", "me muero", "menuda tontería", "totalmente de acuerdo", "qué ganas",
        "es una vergüenza", "qué mono", "mucho ánimo", "hasta mañana", "empezamos bien", "vaya día",
        "me encanta", "dímelo a mí", "vamos allá", "déjalo estar", "precioso de verdad", "qué talento",
        "para nada", "no puedo más", "tengo muchas ganas", "enhorabuena guapa", "buenísima noticia", "bien visto",
    ],
    "de": [
        "voll gut", "vielen Dank", "echt krass", "gut gespielt", "auf keinen Fall", "gar nicht schlecht",
        "was für ein Desaster", "gute Nacht", "ich sterbe", "totaler Quatsch", "sehe ich genauso", "kann's kaum erwarten",
        "das ist peinlich", "so süß", "viel Glück", "bis morgen", "toller Start", "was für ein Tag",
        "finde ich super", "wem sagst du das", "los geht's", "vergiss es", "einfach wunderschön", "was für ein Talent",
        "überhaupt nicht", "ich kann nicht mehr", "freue mich riesig", "herzlichen Glückwunsch", "tolle Neuigkeiten",
        "gut aufgepasst",
    ],
    "ar": [
        "رائع جدا", "شكرا جزيلا", "هذا كثير", "أحسنت يا أخي", "مستحيل طبعا", "ليس سيئا",
        "يا لها من كارثة", "تصبحون على خير", "مت من الضحك", "كلام فارغ", "أتفق تماما", "لا أطيق الانتظار",
        "هذا عار", "لطيف جدا", "بالتوفيق يا رب", "إلى الغد", "بداية موفقة", "يا له من يوم",
        "أحببته كثيرا", "معك حق", "هيا بنا", "انس الأمر", "جميل جدا", "ما شاء الله",
        "لا أبدا", "تعبت كثيرا", "متحمس جدا", "مبروك عليك", "خبر رائع", "الحمد لله",
    ],
}

# French frames with a slot for an English or Arabic bit: how French posts really mix (code-switching, insults).
MIXED_FRAMES = [
    "Ce mec en commentaire est un vrai {x}, bloqué direct",
    "Franchement {x}, j'ai jamais vu un match aussi nul",
    "Il m'a traité de {x} devant tout le monde, je suis choqué",
    "{x} ! On a enfin gagné ce derby, quelle soirée",
    "Tu es sérieux là ? {x}, arrête de raconter n'importe quoi",
    "Le boss de fin était trop dur, {x}, j'ai rage quit",
    "Ma mère a encore préparé un couscous de folie, {x}",
    "Les gens sous cette vidéo sont des {x}, sérieusement",
    "Je pars en vacances demain, {x} les amis",
    "Ce politicien est un {x}, il ment à chaque interview",
    "J'ai eu mon diplôme, {x}, merci à tous ceux qui m'ont soutenu",
    "Arrête de m'écrire en privé, espèce de {x}",
]
MIXED_BITS = [
    "loser", "fucking idiot", "motherfucker", "what the fuck", "oh my god", "bullshit", "son of a bitch",
    "asshole", "let's go", "so cringe", "good vibes only", "shut up", "clown", "dumbass", "bitch",
    "الحمد لله", "ما شاء الله", "يا حمار", "حيوان", "كلب", "إن شاء الله", "يا خرا",
]
# Posts written whole: code-switching that frames do not cover.
MIXED_WHOLE = [
    "wesh frère wallah ce film c'est du lourd, big up au réalisateur",
    "hamdoulah j'ai trouvé un taf, on fête ça ce soir",
    "ce keum est un snake, il a balancé tout le monde au prof",
    "sorry not sorry mais ton argument ne tient pas la route",
    "le meeting a duré deux heures pour rien, what a waste of time",
    "on se fait un chill ce weekend ? j'ai besoin de décompresser",
    "ce rappeur est overrated, ses derniers sons sont vraiment mid",
    "t'es qu'un hater, va cracher ta haine ailleurs",
    "inchallah il fera beau pour le mariage de ma cousine samedi",
    "la team du lundi matin, on est tous dead inside",
    "il a posté un selfie avec la légende 'best day ever', le pauvre",
    "cette prof est trop stylée, respect total",
    "j'ai binge watché toute la série en une nuit, je regrette rien",
    "sa story d'hier était tellement cringe que j'ai dû la skip",
    "yallah on y va, le bus part dans cinq minutes",
]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _dress(text: str, lang: str, rng: random.Random) -> str:
    """Dress a post as posts are: mention, hashtags, emoji, link, lower case, accents dropped (each now and then)."""
    if rng.random() < 0.25 and lang != "ar":
        text = text.lower()
    if rng.random() < 0.2 and lang in ("fr", "es", "de"):
        text = _strip_accents(text)
    if rng.random() < 0.3:
        text = f"{rng.choice(HANDLES)} {text}"
    if rng.random() < 0.3:
        text = f"{text} {' '.join(rng.sample(HASHTAGS[lang], rng.randint(1, 2)))}"
    if rng.random() < 0.35:
        text = f"{text} {rng.choice(EMOJI)}"
    if rng.random() < 0.2:
        text = f"{text} {rng.choice(LINKS)}"
    return text


def _words(text: str) -> int:
    return len(text.split())


def posts(lang: str, rng: random.Random) -> list[str]:
    """PER_LANGUAGE distinct posts of 5-30 words: every sentence alone once, then pairs."""
    pool = SENTENCES[lang]
    out: list[str] = [s for s in pool if _words(s) >= 5]
    seen = set(out)
    while len(out) < PER_LANGUAGE:
        a, b = rng.sample(pool, 2)
        joined = f"{a}. {b[0].upper()}{b[1:]}" if lang != "ar" else f"{a}. {b}"
        if joined not in seen and _words(joined) <= 25:  # room for a mention, tags, a link
            seen.add(joined)
            out.append(joined)
    return [_dress(p, lang, rng) for p in out]


def mixed(rng: random.Random) -> list[str]:
    pairs = [(f, b) for f in MIXED_FRAMES for b in MIXED_BITS]
    rng.shuffle(pairs)
    out = list(MIXED_WHOLE)
    for frame, bit in pairs[: MIXED - len(out)]:
        text = frame.format(x=bit)
        out.append(text[0].upper() + text[1:])
    return [_dress(p, "fr", rng) for p in out]


def main() -> None:
    rng = random.Random(16)
    rows: list[tuple[str, str, str]] = []
    for lang in SENTENCES:
        rows += [(t, lang, "post") for t in posts(lang, rng)]
        rows += [(t, lang, "short") for t in SHORT[lang]]
    rows += [(t, "fr", "mixed") for t in mixed(rng)]
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "lang", "kind"])
        for i, (text, lang, kind) in enumerate(rows, 1):
            w.writerow([f"s{i:05d}", text, lang, kind])
    print(f"{len(rows)} samples -> {OUT}")


if __name__ == "__main__":
    main()
