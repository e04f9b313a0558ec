-- The desk's lists: complaint categories and the agencies (OPD) complaints are dispatched to.
-- Seeded with what a regency's desk typically starts from; the system administrator edits them.

CREATE TABLE categories (
    code        TEXT    PRIMARY KEY,
    name_id     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    position    BIGINT  NOT NULL,
    active      BIGINT  NOT NULL DEFAULT 1
);

CREATE TABLE agencies (
    code        TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    position    BIGINT  NOT NULL,
    active      BIGINT  NOT NULL DEFAULT 1
);

INSERT INTO categories (code, name_id, name_en, position) VALUES
    ('jalan', 'Jalan dan jembatan', 'Roads and bridges', 10),
    ('penerangan', 'Penerangan jalan umum', 'Street lighting', 20),
    ('sampah', 'Kebersihan dan sampah', 'Cleanliness and waste', 30),
    ('drainase', 'Drainase dan banjir', 'Drainage and flooding', 40),
    ('air', 'Air bersih', 'Clean water', 50),
    ('kesehatan', 'Layanan kesehatan', 'Health services', 60),
    ('pendidikan', 'Pendidikan', 'Education', 70),
    ('adminduk', 'Administrasi kependudukan (KTP, KK, akta)', 'Civil registration (ID card, family card, certificates)', 80),
    ('perizinan', 'Perizinan', 'Permits and licences', 90),
    ('sosial', 'Bantuan sosial', 'Social assistance', 100),
    ('ketertiban', 'Ketertiban umum', 'Public order', 110),
    ('lainnya', 'Lainnya', 'Other', 1000);

INSERT INTO agencies (code, name, position) VALUES
    ('dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 10),
    ('dishub', 'Dinas Perhubungan', 20),
    ('dlh', 'Dinas Lingkungan Hidup', 30),
    ('dinkes', 'Dinas Kesehatan', 40),
    ('disdik', 'Dinas Pendidikan', 50),
    ('dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 60),
    ('dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 70),
    ('dinsos', 'Dinas Sosial', 80),
    ('satpolpp', 'Satuan Polisi Pamong Praja', 90),
    ('pdam', 'Perumda Air Minum', 100),
    ('diskominfo', 'Dinas Komunikasi dan Informatika', 110);
