package dev.rapport.platform.demo;

import static dev.rapport.platform.demo.DemoCountry.cities;
import static dev.rapport.platform.demo.DemoVocabulary.list;

import dev.rapport.platform.demo.DemoCountry.City;
import dev.rapport.platform.demo.DemoCountry.Companies;
import dev.rapport.platform.demo.DemoCountry.HouseNumber;
import dev.rapport.platform.demo.DemoCountry.People;
import dev.rapport.platform.demo.DemoCountry.Places;
import java.util.List;
import java.util.stream.Stream;

/** The countries of the demo customers, weighted like the customer base of a mid-sized European company with a US arm. */
final class DemoCountries {

    static final DemoCountry UNITED_STATES = new DemoCountry("US", "en-US", "USD", 1.08, "com",
            new People(
                    list("James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, William, "
                            + "Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Christopher, Karen, Daniel, Emily, "
                            + "Matthew, Ashley, Anthony, Olivia, Andrew, Madison, Joshua, Hannah"),
                    list("Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, "
                            + "Lopez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, "
                            + "Clark, Lewis, Robinson, Walker, Young, Allen, O'Connor")),
            new Places(HouseNumber.BEFORE_STREET, 9_999,
                    list("Main Street, Oak Avenue, Maple Drive, Cedar Lane, Park Avenue, Washington Street, Lake Road, "
                            + "Hillside Drive, Elm Street, Pine Street, River Road, Highland Avenue, Church Street, "
                            + "Madison Avenue"),
                    concat(cities("America/New_York", "New York|NY|100##", "Boston|MA|021##", "Philadelphia|PA|191##",
                                    "Atlanta|GA|303##", "Miami|FL|331##"),
                            cities("America/Chicago", "Chicago|IL|606##", "Houston|TX|770##", "Dallas|TX|752##",
                                    "Minneapolis|MN|554##"),
                            cities("America/Denver", "Denver|CO|802##"),
                            cities("America/Phoenix", "Phoenix|AZ|850##"),
                            cities("America/Los_Angeles", "Los Angeles|CA|900##", "San Francisco|CA|941##",
                                    "Seattle|WA|981##", "Portland|OR|972##"))),
            new Companies(
                    list("Harbor, Summit, Pioneer, Redwood, Liberty, Blue Ridge, Lakeside, Granite, Evergreen, Keystone"),
                    list("Analytics, Logistics, Health Partners, Software, Consulting Group, Manufacturing, Realty, Foods, "
                            + "Energy, Capital"),
                    list("LLC, Inc., Corp.")));

    static final DemoCountry UNITED_KINGDOM = new DemoCountry("GB", "en-GB", "GBP", 0.85, "co.uk",
            new People(
                    list("Oliver, Amelia, George, Isla, Harry, Ava, Jack, Mia, Charlie, Grace, Thomas, Sophie, William, "
                            + "Emily, James, Lily, Alfie, Freya, Henry, Poppy, Edward, Chloe, Samuel, Evie, Joseph, Ella, "
                            + "Arthur, Florence, Oscar, Alice"),
                    list("Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, "
                            + "Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Hughes, Edwards, Turner, Hill, "
                            + "Cooper, Ward, Morris, Harrison, Patel, Khan")),
            new Places(HouseNumber.BEFORE_STREET, 150,
                    list("High Street, Station Road, Church Lane, Victoria Road, Park Road, Mill Lane, King Street, "
                            + "Queen's Road, Green Lane, Manor Road, London Road, The Crescent"),
                    cities("Europe/London", "London|Greater London|SE1 #??", "Manchester|Greater Manchester|M1 #??",
                            "Birmingham|West Midlands|B1 #??", "Leeds|West Yorkshire|LS1 #??", "Glasgow|Scotland|G1 #??",
                            "Edinburgh|Scotland|EH1 #??", "Bristol|South West England|BS1 #??", "Liverpool|Merseyside|L1 #??",
                            "Cardiff|Wales|CF10 #??", "Oxford|Oxfordshire|OX1 #??")),
            new Companies(
                    list("Albion, Thames, Crown, Pennine, Kingsway, Oakridge, Bridgewater, Westfield, Redbrick, Highgate"),
                    list("Consulting, Logistics, Engineering, Software, Property Services, Trading, Print, Catering, "
                            + "Energy, Recruitment"),
                    list("Ltd, PLC, LLP")));

    static final DemoCountry GERMANY = new DemoCountry("DE", "de", "EUR", 1.0, "de",
            new People(
                    list("Anna, Lukas, Marie, Leon, Sophie, Finn, Emma, Paul, Mia, Jonas, Hannah, Felix, Lena, "
                            + "Maximilian, Laura, Elias, Julia, Tim, Sarah, Jan, Katharina, Moritz, Lea, Niklas, Johanna, "
                            + "Sebastian, Clara, Tobias, Jürgen, Björn"),
                    list("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
                            + "Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, "
                            + "Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Hauptstraße, Bahnhofstraße, Gartenstraße, Schulstraße, Lindenweg, Bergstraße, Kirchplatz, "
                            + "Goethestraße, Schillerstraße, Am Markt, Waldweg, Mühlenweg, Friedrichstraße"),
                    cities("Europe/Berlin", "Berlin|Berlin|10###", "Hamburg|Hamburg|20###", "München|Bayern|80###",
                            "Köln|Nordrhein-Westfalen|50###", "Frankfurt am Main|Hessen|60###",
                            "Stuttgart|Baden-Württemberg|70###", "Düsseldorf|Nordrhein-Westfalen|40###",
                            "Leipzig|Sachsen|04###", "Dresden|Sachsen|01###", "Hannover|Niedersachsen|30###",
                            "Nürnberg|Bayern|90###", "Bremen|Bremen|28###")),
            new Companies(
                    list("Nordstern, Rheintal, Alpenblick, Elbwerk, Hanse, Lindenhof, Sonnenberg, Spree, Isar, Taunus"),
                    list("Logistik, Maschinenbau, Software, Beratung, Immobilien, Elektrotechnik, Bau, Medizintechnik, "
                            + "Handel, Energie"),
                    list("GmbH, AG, GmbH & Co. KG, KG")));

    static final DemoCountry FRANCE = new DemoCountry("FR", "fr", "EUR", 1.0, "fr",
            new People(
                    list("Camille, Louis, Léa, Gabriel, Chloé, Hugo, Manon, Arthur, Inès, Jules, Sarah, Lucas, Emma, "
                            + "Nathan, Louise, Raphaël, Alice, Théo, Juliette, Antoine, Margaux, Maxime, Élodie, Thomas, "
                            + "Claire, Nicolas, Océane, Julien, Mathilde, Étienne"),
                    list("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
                            + "Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, "
                            + "Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand")),
            new Places(HouseNumber.BEFORE_STREET, 150,
                    list("rue de la Paix, avenue Victor Hugo, rue du Moulin, boulevard Saint-Michel, rue de la République, "
                            + "place de la Mairie, rue des Lilas, avenue Jean Jaurès, rue Pasteur, chemin des Vignes"),
                    cities("Europe/Paris", "Paris|Île-de-France|750##", "Lyon|Auvergne-Rhône-Alpes|6900#",
                            "Marseille|Provence-Alpes-Côte d'Azur|130##", "Toulouse|Occitanie|310##",
                            "Nice|Provence-Alpes-Côte d'Azur|060##", "Nantes|Pays de la Loire|440##",
                            "Strasbourg|Grand Est|670##", "Bordeaux|Nouvelle-Aquitaine|330##",
                            "Lille|Hauts-de-France|590##", "Rennes|Bretagne|350##")),
            new Companies(
                    list("Horizon, Atlantique, Lumière, Provence, Alpin, Azur, Mistral, Bastille, Cèdre, Étoile"),
                    list("Conseil, Logistique, Informatique, Transports, Immobilier, Bâtiment, Distribution, Énergie, "
                            + "Ingénierie, Santé"),
                    list("SARL, SAS, SA")));

    static final DemoCountry SPAIN = new DemoCountry("ES", "es", "EUR", 1.0, "es",
            new People(
                    list("Lucía, Hugo, María, Martín, Paula, Daniel, Sofía, Pablo, Alba, Alejandro, Carmen, Javier, "
                            + "Laura, Diego, Marta, Sergio, Elena, Adrián, Irene, Álvaro, Cristina, Manuel, Nuria, Jorge, "
                            + "Ana, Raúl, Beatriz, Iván, Rocío, José"),
                    list("García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
                            + "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, "
                            + "Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Calle Mayor, Calle Real, Avenida de la Constitución, Calle del Sol, Paseo de Gracia, "
                            + "Calle de Alcalá, Plaza de España, Calle San Juan, Avenida de América, Calle Nueva"),
                    cities("Europe/Madrid", "Madrid|Comunidad de Madrid|280##", "Barcelona|Cataluña|080##",
                            "Valencia|Comunidad Valenciana|460##", "Sevilla|Andalucía|410##", "Zaragoza|Aragón|500##",
                            "Málaga|Andalucía|290##", "Bilbao|País Vasco|480##", "Palma|Islas Baleares|070##")),
            new Companies(
                    list("Ibérica, Levante, Mediterráneo, Sol, Atlántida, Cantábrico, Alhambra, Sierra, Olivo, Faro"),
                    list("Consultores, Logística, Construcciones, Tecnología, Distribuciones, Inmobiliaria, Energía, "
                            + "Alimentación, Transportes, Ingeniería"),
                    list("S.L., S.A.")));

    static final DemoCountry ITALY = new DemoCountry("IT", "it", "EUR", 1.0, "it",
            new People(
                    list("Giulia, Francesco, Sofia, Alessandro, Aurora, Lorenzo, Martina, Matteo, Chiara, Leonardo, "
                            + "Alice, Andrea, Giorgia, Marco, Sara, Luca, Elena, Davide, Federica, Simone, Valentina, "
                            + "Riccardo, Francesca, Gabriele, Alessia, Tommaso, Beatrice, Stefano, Ilaria, Niccolò"),
                    list("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
                            + "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, "
                            + "Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Via Roma, Via Garibaldi, Corso Italia, Via Dante, Via Mazzini, Piazza del Duomo, Via Verdi, "
                            + "Viale della Repubblica, Via Cavour, Via dei Mille"),
                    cities("Europe/Rome", "Roma|Lazio|001##", "Milano|Lombardia|201##", "Napoli|Campania|801##",
                            "Torino|Piemonte|101##", "Bologna|Emilia-Romagna|401##", "Firenze|Toscana|501##",
                            "Genova|Liguria|161##", "Venezia|Veneto|301##", "Verona|Veneto|371##",
                            "Palermo|Sicilia|901##")),
            new Companies(
                    list("Adriatica, Dolomiti, Tirrenia, Aurora, Vesuvio, Laguna, Olimpia, Stella, Toscana, Appennino"),
                    list("Logistica, Consulenze, Costruzioni, Informatica, Meccanica, Alimentari, Trasporti, Energia, "
                            + "Immobiliare, Servizi"),
                    list("S.r.l., S.p.A.")));

    static final DemoCountry NETHERLANDS = new DemoCountry("NL", "nl", "EUR", 1.0, "nl",
            new People(
                    list("Daan, Emma, Sem, Julia, Lucas, Tess, Levi, Sophie, Finn, Anna, Milan, Sara, Bram, Fleur, Thijs, "
                            + "Lotte, Ruben, Noor, Jesse, Eva, Lars, Isa, Stijn, Lisa, Jasper, Femke, Niels, Sanne, Joris, "
                            + "Maud"),
                    list("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, "
                            + "de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, "
                            + "Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Kerkstraat, Dorpsstraat, Schoolstraat, Molenweg, Stationsweg, Prinsengracht, Julianalaan, "
                            + "Beatrixstraat, Nieuwstraat, Kastanjelaan"),
                    cities("Europe/Amsterdam", "Amsterdam|Noord-Holland|10## ??", "Rotterdam|Zuid-Holland|30## ??",
                            "Den Haag|Zuid-Holland|25## ??", "Utrecht|Utrecht|35## ??",
                            "Eindhoven|Noord-Brabant|56## ??", "Groningen|Groningen|97## ??",
                            "Tilburg|Noord-Brabant|50## ??", "Haarlem|Noord-Holland|20## ??")),
            new Companies(
                    list("Polder, Delta, Oranje, Tulp, Noordzee, Rijnland, Zuiderzee, Windmolen, Grachten, Duin"),
                    list("Logistiek, Advies, Techniek, Bouw, Software, Vastgoed, Transport, Handel, Energie, Zorg"),
                    list("B.V., N.V.")));

    static final DemoCountry SWITZERLAND = new DemoCountry("CH", "de-CH", "CHF", 0.94, "ch",
            new People(
                    list("Noah, Mia, Liam, Emma, Luca, Lina, Leon, Mila, Elias, Sofia, Nico, Laura, Jan, Lara, Samuel, "
                            + "Anna, Levin, Lea, Matteo, Alina, Gian, Chiara, Reto, Nadine, Urs, Corinne, Beat, Sandra, "
                            + "Jonas, Nina"),
                    list("Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, "
                            + "Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Suter, Baumgartner, "
                            + "Bachmann, Studer, Bühler, Kälin, Hess, Favre, Rochat, Bernasconi")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Bahnhofstrasse, Dorfstrasse, Hauptstrasse, Kirchgasse, Seestrasse, Bergstrasse, Rosenweg, "
                            + "Schulhausstrasse, Industriestrasse, Marktgasse"),
                    cities("Europe/Zurich", "Zürich|ZH|80##", "Bern|BE|30##", "Basel|BS|40##", "Luzern|LU|60##",
                            "Winterthur|ZH|84##", "St. Gallen|SG|90##", "Zug|ZG|63##", "Aarau|AG|50##",
                            "Chur|GR|70##")),
            new Companies(
                    list("Helvetia, Matterhorn, Rigi, Säntis, Limmat, Aare, Jungfrau, Pilatus, Gotthard, Edelweiss"),
                    list("Treuhand, Informatik, Logistik, Bau, Immobilien, Consulting, Maschinen, Pharma, Uhren, "
                            + "Versicherungsberatung"),
                    list("AG, GmbH")));

    static final DemoCountry AUSTRIA = new DemoCountry("AT", "de-AT", "EUR", 1.0, "at",
            new People(
                    list("Lukas, Anna, David, Lena, Tobias, Sarah, Florian, Katharina, Maximilian, Julia, Felix, Laura, "
                            + "Jakob, Sophie, Stefan, Magdalena, Alexander, Theresa, Simon, Viktoria, Fabian, Elisabeth, "
                            + "Matthias, Johanna, Christoph, Valentina, Andreas, Hannah, Markus, Marlene"),
                    list("Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, "
                            + "Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Schneider, Reiter, Mayr, "
                            + "Schmidt, Wimmer, Egger, Brunner, Lang, Baumgartner, Auer")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Hauptstraße, Bahnhofstraße, Kirchengasse, Schulgasse, Mariahilfer Straße, Landstraße, Dorfplatz, "
                            + "Lindengasse, Wiener Straße, Rathausplatz"),
                    cities("Europe/Vienna", "Wien|Wien|11#0", "Graz|Steiermark|80##", "Linz|Oberösterreich|40##",
                            "Salzburg|Salzburg|50##", "Innsbruck|Tirol|60##", "Klagenfurt|Kärnten|90##",
                            "Villach|Kärnten|95##", "St. Pölten|Niederösterreich|31##")),
            new Companies(
                    list("Donau, Alpen, Tauern, Wachau, Kahlenberg, Semmering, Bergland, Edelweiß, Dachstein, Wienerwald"),
                    list("Logistik, Bau, Software, Beratung, Holzbau, Elektro, Tourismus, Handel, Immobilien, Energie"),
                    list("GmbH, AG, KG")));

    static final DemoCountry SWEDEN = new DemoCountry("SE", "sv", "SEK", 11.2, "se",
            new People(
                    list("Elin, Erik, Maja, Lars, Astrid, Oskar, Alva, Karl, Saga, Nils, Ebba, Axel, Wilma, Gustav, Freja, "
                            + "Hugo, Ingrid, Johan, Linnea, Anders, Sofia, Magnus, Klara, Per, Agnes, Olof, Signe, Björn, "
                            + "Märta, Sven"),
                    list("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
                            + "Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, "
                            + "Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, "
                            + "Lind, Lundgren, Mattsson")),
            new Places(HouseNumber.AFTER_STREET, 150,
                    list("Storgatan, Drottninggatan, Kungsgatan, Kyrkogatan, Skolgatan, Järnvägsgatan, Nygatan, "
                            + "Parkvägen, Sjövägen, Björkvägen"),
                    cities("Europe/Stockholm", "Stockholm|Stockholms län|11# ##", "Göteborg|Västra Götalands län|41# ##",
                            "Malmö|Skåne län|21# ##", "Uppsala|Uppsala län|75# ##", "Linköping|Östergötlands län|58# ##",
                            "Örebro|Örebro län|70# ##", "Västerås|Västmanlands län|72# ##",
                            "Umeå|Västerbottens län|90# ##")),
            new Companies(
                    list("Norrsken, Fjäll, Skärgård, Vasa, Polar, Ek, Björk, Vinter, Lagom, Havsörn"),
                    list("Logistik, Konsult, Bygg, Data, Fastigheter, Teknik, Transport, Energi, Handel, Design"),
                    list("AB, HB")));

    /** How customers spread over the countries. */
    static final Weighted<DemoCountry> CUSTOMER_MIX = Weighted.<DemoCountry>builder()
            .add(UNITED_STATES, 22).add(GERMANY, 17).add(UNITED_KINGDOM, 13).add(FRANCE, 10).add(SWITZERLAND, 8)
            .add(SPAIN, 7).add(ITALY, 7).add(NETHERLANDS, 6).add(AUSTRIA, 5).add(SWEDEN, 5)
            .build();

    private DemoCountries() {
    }

    @SafeVarargs
    private static List<City> concat(List<City>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }
}
