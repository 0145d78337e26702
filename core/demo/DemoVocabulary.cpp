// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoVocabulary.h"

namespace kontor::demo {

const std::vector<Culture>& cultures()
{
    static const std::vector<Culture> all = {
        {30,
         "44",
         "United Kingdom",
         {"James",  "Mary",      "Robert",  "Patricia",  "John",    "Jennifer", "Michael", "Linda",
          "David",  "Elizabeth", "William", "Susan",     "Richard", "Jessica",  "Thomas",  "Sarah",
          "Daniel", "Karen",     "Oliver",  "Charlotte", "Harry",   "Amelia",   "Grace",   "Jack"},
         {"Smith",  "Johnson", "Brown",    "Taylor",   "Wilson",  "Davies",    "Evans", "Roberts",
          "Walker", "Wright",  "Thompson", "White",    "Hughes",  "Edwards",   "Green", "Hall",
          "Wood",   "Harris",  "Clarke",   "McDonald", "O'Brien", "Fitzgerald"},
         {"London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff"},
         true},
        {20,
         "49",
         "Germany",
         {"Lukas", "Anna", "Jonas", "Lea", "Leon", "Hannah", "Felix", "Sophie", "Maximilian", "Marie", "Jürgen",
          "Käthe", "Björn", "Sören", "Greta", "Moritz"},
         {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
          "Köhler", "Groß", "von Bülow", "van der Berg"},
         {"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Düsseldorf"},
         true},
        {10,
         "33",
         "France",
         {"Élodie", "François", "Hélène", "Jérôme", "Amélie", "Loïc", "Chloé", "Benoît", "Camille", "Théo"},
         {"Dubois", "Lefèvre", "Girard", "Moreau", "Laurent", "Bérenger", "Rousseau", "Fontaine", "Mercier"},
         {"Paris", "Lyon", "Marseille", "Toulouse", "Lille"},
         true},
        {8,
         "34",
         "Spain",
         {"José", "María", "Sofía", "Andrés", "Lucía", "Álvaro", "Inés", "Martín", "Pilar", "Íñigo"},
         {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Núñez", "Peña", "Ibáñez"},
         {"Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"},
         true},
        {8,
         "98",
         "Iran",
         {"علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "محمد", "سارا", "امیر", "نگار", "پرستو", "کاوه"},
         {"محمدی", "حسینی", "رضایی", "کریمی", "احمدی", "موسوی", "جعفری", "کاظمی", "تهرانی"},
         {"تهران", "اصفهان", "شیراز", "تبریز", "مشهد"},
         false},
        {8,
         "880",
         "Bangladesh",
         {"রহিম", "করিম", "ফাতেমা", "আয়েশা", "সুমন", "তানিয়া", "রাজু", "নুসরাত", "অর্পিতা", "সাকিব"},
         {"আহমেদ", "হোসেন", "চৌধুরী", "রহমান", "ইসলাম", "খান", "দাস", "সরকার"},
         {"ঢাকা", "চট্টগ্রাম", "খুলনা", "সিলেট"},
         false},
        {6,
         "251",
         "Ethiopia",
         {"አበበ", "ተስፋዬ", "ሰላም", "ሄኖክ", "መሰረት", "ዮሐንስ", "ብርሃን", "ትዕግስት", "ሳምራዊት", "ዳዊት"},
         {"ከበደ", "ገብሬ", "ታደሰ", "ወልደ", "አለሙ", "በቀለ", "ሀይሌ", "ደስታ"},
         {"አዲስ አበባ", "ባህር ዳር", "ሀዋሳ", "መቀሌ"},
         false},
        {5,
         "30",
         "Greece",
         {"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Σοφία", "Κώστας"},
         {"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννης", "Βασιλείου"},
         {"Αθήνα", "Θεσσαλονίκη", "Πάτρα"},
         false},
        {5,
         "7",
         "Russia",
         {"Алексей", "Ольга", "Дмитрий", "Наталья", "Сергей", "Екатерина", "Иван", "Анна"},
         {"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков"},
         {"Москва", "Санкт-Петербург", "Казань", "Новосибирск"},
         false},
    };
    return all;
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace kontor::demo
