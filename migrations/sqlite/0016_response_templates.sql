-- Response templates: ready texts for the desk's and agencies' written steps (a return to the
-- reporter, a returned dispatch, an answer sent back, an agency's answer), for one category or
-- for all, so answers are quick and consistent. The system administrator keeps them.

CREATE TABLE response_templates (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    action          TEXT    NOT NULL,
    category        TEXT,
    title           TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT  NOT NULL
);

CREATE INDEX response_templates_by_action ON response_templates (action, active);

INSERT INTO response_templates (action, category, title, body, created_at) VALUES
    ('return_to_reporter', NULL, 'Lokasi kurang jelas',
     'Mohon lengkapi lokasi kejadian: nama jalan, nomor rumah atau patokan terdekat, dan desa/kelurahan.', 0),
    ('return_to_reporter', NULL, 'Foto kurang jelas',
     'Mohon kirim ulang foto yang memperlihatkan masalahnya dengan jelas, diambil di lokasi kejadian.', 0),
    ('return_dispatch', NULL, 'Bukan kewenangan OPD ini',
     'Aduan ini bukan kewenangan perangkat daerah kami. Mohon didisposisikan ke perangkat daerah yang berwenang.', 0),
    ('send_back', NULL, 'Jawaban belum menjawab pokok aduan',
     'Jawaban belum menjawab pokok aduan. Mohon jelaskan tindakan yang sudah dilakukan, kapan, dan hasilnya.', 0),
    ('propose_resolution', 'penerangan', 'Lampu sudah diperbaiki',
     'Lampu penerangan jalan di lokasi yang dilaporkan sudah diperbaiki oleh petugas dan menyala kembali. Terima kasih atas laporan Anda.', 0);
