/**
 * About two hundred large cities (name, ISO 3166-1 alpha-2, latitude, longitude, metro population
 * in millions, rounded): the populated regions that synthetic places are sampled around.
 */
export const CITIES = `Tokyo JP 35.69 139.69 37;Delhi IN 28.61 77.21 32;Shanghai CN 31.23 121.47 29;Dhaka BD 23.81 90.41 23;São Paulo BR -23.55 -46.63 22;
Mexico City MX 19.43 -99.13 22;Cairo EG 30.04 31.24 22;Beijing CN 39.90 116.41 21;Mumbai IN 19.08 72.88 21;Osaka JP 34.69 135.50 19;
Chongqing CN 29.56 106.55 17;Karachi PK 24.86 67.01 17;Kinshasa CD -4.44 15.27 16;Lagos NG 6.52 3.38 15;Istanbul TR 41.01 28.98 15;
Buenos Aires AR -34.60 -58.38 15;Kolkata IN 22.57 88.36 15;Manila PH 14.60 120.98 14;Guangzhou CN 23.13 113.26 14;Tianjin CN 39.34 117.36 14;
Lahore PK 31.55 74.34 13;Bangalore IN 12.97 77.59 13;Rio de Janeiro BR -22.91 -43.17 13;Shenzhen CN 22.54 114.06 13;Moscow RU 55.76 37.62 12.6;
Chennai IN 13.08 80.27 11.5;Bogotá CO 4.71 -74.07 11.3;Jakarta ID -6.21 106.85 11;Lima PE -12.05 -77.04 11;Paris FR 48.86 2.35 11;
Bangkok TH 13.76 100.50 11;Hyderabad IN 17.39 78.49 10.5;Seoul KR 37.57 126.98 10;Nagoya JP 35.18 136.91 9.5;London GB 51.51 -0.13 9.5;
Chengdu CN 30.57 104.07 9.5;Tehran IR 35.69 51.39 9.4;Luanda AO -8.84 13.23 9;Wuhan CN 30.59 114.31 8.6;Ho Chi Minh City VN 10.82 106.63 9;
Ahmedabad IN 23.02 72.57 8.5;Kuala Lumpur MY 3.14 101.69 8.4;Xi'an CN 34.34 108.94 8;Hong Kong HK 22.32 114.17 7.6;Dongguan CN 23.02 113.75 7.5;
Hangzhou CN 30.27 120.16 7.6;Foshan CN 23.02 113.12 7.3;Shenyang CN 41.81 123.43 7.2;Riyadh SA 24.71 46.68 7.5;Baghdad IQ 33.31 44.36 7.5;
Santiago CL -33.45 -70.67 6.9;Surat IN 21.17 72.83 7.5;Madrid ES 40.42 -3.70 6.7;Suzhou CN 31.30 120.59 6.7;Pune IN 18.52 73.86 7;
Harbin CN 45.80 126.53 6.5;Houston US 29.76 -95.37 6.5;Dallas US 32.78 -96.80 6.5;Toronto CA 43.65 -79.38 6.3;Dar es Salaam TZ -6.79 39.21 7;
Miami US 25.76 -80.19 6.1;Belo Horizonte BR -19.92 -43.94 6;Singapore SG 1.35 103.82 6;Philadelphia US 39.95 -75.17 5.7;Atlanta US 33.75 -84.39 5.9;
Fukuoka JP 33.59 130.40 5.5;Khartoum SD 15.50 32.56 6;Barcelona ES 41.39 2.17 5.6;Johannesburg ZA -26.20 28.05 6;Saint Petersburg RU 59.93 30.36 5.5;
Qingdao CN 36.07 120.38 6;Dalian CN 38.91 121.60 5.6;Washington US 38.91 -77.04 5.4;Yangon MM 16.87 96.20 5.4;Alexandria EG 31.20 29.92 5.4;
Jinan CN 36.65 117.12 5.5;Guadalajara MX 20.66 -103.35 5.3;Abidjan CI 5.36 -4.01 5.5;Ankara TR 39.93 32.86 5.3;Chittagong BD 22.36 91.78 5.2;
Melbourne AU -37.81 144.96 5;Sydney AU -33.87 151.21 5.3;Monterrey MX 25.69 -100.32 5.3;Nairobi KE -1.29 36.82 5;Hanoi VN 21.03 105.85 5;
Zhengzhou CN 34.75 113.63 5.5;Addis Ababa ET 9.03 38.74 5.2;Boston US 42.36 -71.06 4.9;Phoenix US 33.45 -112.07 4.9;Cape Town ZA -33.92 18.42 4.8;
Jeddah SA 21.49 39.19 4.7;Kabul AF 34.56 69.21 4.6;Montréal CA 45.50 -73.57 4.3;Berlin DE 52.52 13.40 4.6;Rome IT 41.90 12.50 4.3;
Kano NG 12.00 8.52 4.2;Recife BR -8.05 -34.88 4.2;Porto Alegre BR -30.03 -51.23 4.1;Fortaleza BR -3.73 -38.53 4.1;Salvador BR -12.97 -38.50 3.9;
Curitiba BR -25.43 -49.27 3.7;Brasília BR -15.79 -47.88 4.7;Medellín CO 6.24 -75.58 4;Casablanca MA 33.57 -7.59 3.8;Algiers DZ 36.75 3.06 2.9;
Accra GH 5.60 -0.19 2.6;Dakar SN 14.72 -17.47 3.3;Ibadan NG 7.38 3.95 3.6;Kampala UG 0.35 32.58 3.5;Lusaka ZM -15.39 28.32 3;
Harare ZW -17.83 31.05 2.2;Durban ZA -29.86 31.02 3.2;Antananarivo MG -18.88 47.51 3.5;Douala CM 4.05 9.70 3.8;Yaoundé CM 3.87 11.52 4;
Bamako ML 12.64 -8.00 2.8;Ouagadougou BF 12.37 -1.52 2.9;Conakry GN 9.64 -13.58 2;Mogadishu SO 2.05 45.32 2.6;Tunis TN 36.81 10.18 2.4;
Los Angeles US 34.05 -118.24 12.5;New York US 40.71 -74.01 19;Chicago US 41.88 -87.63 8.6;San Francisco US 37.77 -122.42 4.7;Seattle US 47.61 -122.33 4;
Detroit US 42.33 -83.05 4.3;Minneapolis US 44.98 -93.27 3.6;San Diego US 32.72 -117.16 3.3;Denver US 39.74 -104.99 2.9;St. Louis US 38.63 -90.20 2.8;
Portland US 45.52 -122.68 2.5;Honolulu US 21.31 -157.86 1;Anchorage US 61.22 -149.90 0.4;Vancouver CA 49.28 -123.12 2.6;Calgary CA 51.05 -114.07 1.5;
Edmonton CA 53.55 -113.49 1.4;Ottawa CA 45.42 -75.70 1.4;Winnipeg CA 49.90 -97.14 0.8;Québec CA 46.81 -71.21 0.8;Halifax CA 44.65 -63.58 0.4;
Havana CU 23.11 -82.37 2.1;Santo Domingo DO 18.49 -69.93 3.3;Guatemala City GT 14.63 -90.51 3;San Salvador SV 13.69 -89.22 1.1;Panama City PA 8.98 -79.52 1.9;
Caracas VE 10.48 -66.90 2.9;Quito EC -0.18 -78.47 2;Guayaquil EC -2.17 -79.92 3;La Paz BO -16.49 -68.12 1.9;Asunción PY -25.26 -57.58 2.3;
Montevideo UY -34.90 -56.16 1.8;Córdoba AR -31.42 -64.18 1.6;Manaus BR -3.12 -60.02 2.2;Belém BR -1.46 -48.50 2.3;Puebla MX 19.04 -98.21 3.2;
Tijuana MX 32.51 -117.04 2.2;León MX 21.12 -101.68 1.9;Lisbon PT 38.72 -9.14 2.9;Porto PT 41.15 -8.61 1.7;Milan IT 45.46 9.19 3.1;
Naples IT 40.85 14.27 2.2;Turin IT 45.07 7.69 1.7;Athens GR 37.98 23.73 3.1;Vienna AT 48.21 16.37 1.9;Munich DE 48.14 11.58 1.6;
Hamburg DE 53.55 9.99 1.9;Cologne DE 50.94 6.96 1.1;Frankfurt DE 50.11 8.68 0.8;Amsterdam NL 52.37 4.90 1.2;Rotterdam NL 51.92 4.48 1;
Brussels BE 50.85 4.35 2.1;Zürich CH 47.38 8.54 1.4;Lyon FR 45.76 4.84 1.7;Marseille FR 43.30 5.37 1.6;Toulouse FR 43.60 1.44 1;
Manchester GB 53.48 -2.24 2.8;Birmingham GB 52.49 -1.89 2.6;Glasgow GB 55.86 -4.25 1.7;Dublin IE 53.35 -6.26 1.4;Copenhagen DK 55.68 12.57 1.4;
Stockholm SE 59.33 18.07 1.6;Oslo NO 59.91 10.75 1.1;Helsinki FI 60.17 24.94 1.3;Warsaw PL 52.23 21.01 1.8;Kraków PL 50.06 19.94 0.8;
Prague CZ 50.08 14.44 1.3;Budapest HU 47.50 19.04 1.8;Bucharest RO 44.43 26.10 1.8;Sofia BG 42.70 23.32 1.3;Belgrade RS 44.79 20.45 1.4;
Kyiv UA 50.45 30.52 3;Kharkiv UA 49.99 36.23 1.4;Minsk BY 53.90 27.56 2;Novosibirsk RU 55.01 82.93 1.6;Yekaterinburg RU 56.84 60.61 1.5;
Kazan RU 55.80 49.11 1.3;Vladivostok RU 43.12 131.89 0.6;Almaty KZ 43.24 76.89 2;Tashkent UZ 41.30 69.24 2.5;Baku AZ 40.41 49.87 2.3;
Tbilisi GE 41.72 44.78 1.2;Yerevan AM 40.18 44.51 1.1;Izmir TR 38.42 27.14 3;Bursa TR 40.19 29.06 2;Damascus SY 33.51 36.28 2.5;
Amman JO 31.95 35.93 2.2;Beirut LB 33.89 35.50 2.4;Tel Aviv IL 32.09 34.78 4;Dubai AE 25.20 55.27 3.4;Kuwait City KW 29.38 47.98 3.1;
Doha QA 25.29 51.53 2.4;Muscat OM 23.59 58.41 1.6;Sana'a YE 15.37 44.19 3;Mashhad IR 36.30 59.61 3.3;Isfahan IR 32.65 51.67 2.2;
Islamabad PK 33.68 73.05 2.3;Kathmandu NP 27.72 85.32 1.5;Colombo LK 6.93 79.85 2.3;Jaipur IN 26.91 75.79 4;Lucknow IN 26.85 80.95 3.7;
Kanpur IN 26.45 80.33 3.2;Nagpur IN 21.15 79.09 2.9;Patna IN 25.59 85.14 2.5;Indore IN 22.72 75.86 2.5;Kochi IN 9.93 76.27 2.2;
Taipei TW 25.03 121.57 7;Kaohsiung TW 22.63 120.30 2.7;Busan KR 35.18 129.08 3.4;Incheon KR 37.46 126.71 3;Daegu KR 35.87 128.60 2.4;
Pyongyang KP 39.04 125.76 3;Sapporo JP 43.06 141.35 2.6;Sendai JP 38.27 140.87 2.3;Hiroshima JP 34.39 132.46 2.1;Niigata JP 37.92 139.04 1;
Kagoshima JP 31.60 130.56 0.6;Naha JP 26.21 127.68 0.8;Kanazawa JP 36.56 136.66 0.7;Shizuoka JP 34.98 138.38 1.5;Kumamoto JP 32.80 130.71 1.1;
Ulaanbaatar MN 47.89 106.91 1.6;Nanjing CN 32.06 118.80 8.5;Changsha CN 28.23 112.94 5.6;Kunming CN 25.04 102.71 4.5;Urumqi CN 43.83 87.62 3.5;
Lanzhou CN 36.06 103.83 3;Nanning CN 22.82 108.37 3.8;Fuzhou CN 26.07 119.30 4;Xiamen CN 24.48 118.09 3.8;Hefei CN 31.82 117.23 5;
Phnom Penh KH 11.56 104.92 2.2;Vientiane LA 17.98 102.63 0.9;Cebu PH 10.32 123.89 3;Davao PH 7.19 125.46 1.8;Surabaya ID -7.25 112.75 3;
Bandung ID -6.91 107.61 2.6;Medan ID 3.60 98.67 2.4;Makassar ID -5.15 119.43 1.5;Perth AU -31.95 115.86 2.1;Brisbane AU -27.47 153.03 2.5;
Adelaide AU -34.93 138.60 1.4;Auckland NZ -36.85 174.76 1.7;Wellington NZ -41.29 174.78 0.4;Port Moresby PG -9.44 147.18 0.4;Suva FJ -18.14 178.44 0.2`
  .split(';').map((row) => row.trim()).filter(Boolean).map((row) => {
    const parts = row.split(' ');
    const pop = Number(parts.pop());
    const lon = Number(parts.pop());
    const lat = Number(parts.pop());
    const country = parts.pop();
    return { name: parts.join(' '), country, lat, lon, pop };
  });
