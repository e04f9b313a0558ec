//! The working calendar: days off, office hours, and the warning of a year nobody entered.

use crate::i18n::Text;

/// Administration: the working calendar's heading.
pub const ADMIN_CALENDAR: Text = Text {
    id: "Kalender kerja",
    en: "Working calendar",
};
/// Administration: what the working calendar does.
pub const ADMIN_CALENDAR_HINT: Text = Text {
    id: "Tenggat \"hari kerja\" dan \"jam kerja\" melewati akhir pekan dan hari-hari di bawah ini. \
         Libur nasional dan cuti bersama (SKB tiga menteri) berlaku untuk semua SOP; libur daerah \
         hanya untuk SOP yang berlaku. Impor SKB tahun depan begitu terbit.",
    en: "\"Working day\" and \"office hour\" deadlines skip weekends and the days below. National \
         holidays and collective leave (the joint decree of three ministers) apply to every SOP; \
         regional holidays only to the SOP in force. Import next year's decree once published.",
};
/// Administration: the years whose days off were entered.
pub const ADMIN_CALENDAR_YEARS: Text = Text {
    id: "Tahun yang sudah diisi",
    en: "Years entered",
};
/// Administration: a day off's date.
pub const ADMIN_DAY_DATE: Text = Text {
    id: "Tanggal",
    en: "Date",
};
/// Administration: a day off's kind.
pub const ADMIN_DAY_KIND: Text = Text {
    id: "Jenis",
    en: "Kind",
};
/// Administration: a day off's name.
pub const ADMIN_DAY_NAME: Text = Text {
    id: "Keterangan",
    en: "Name",
};
/// Administration: remove a day off.
pub const ADMIN_REMOVE: Text = Text {
    id: "Hapus",
    en: "Remove",
};
/// Administration: add one day off.
pub const ADMIN_DAY_ADD: Text = Text {
    id: "Tambah hari libur",
    en: "Add a day off",
};
/// Administration: the CSV box of an import.
pub const ADMIN_DAYS_OFF_CSV: Text = Text {
    id: "Isi CSV: tanggal,jenis,keterangan (jenis: libur_nasional, cuti_bersama, libur_daerah)",
    en: "CSV content: date,kind,name (kind: libur_nasional, cuti_bersama, libur_daerah)",
};
/// Administration: import days off.
pub const ADMIN_DAYS_OFF_IMPORT: Text = Text {
    id: "Impor hari libur",
    en: "Import days off",
};
/// Administration: download the days off.
pub const ADMIN_DAYS_OFF_EXPORT: Text = Text {
    id: "Unduh CSV",
    en: "Download CSV",
};
/// Administration: heading of a refused import.
pub const ADMIN_DAYS_OFF_REFUSED: Text = Text {
    id: "Hari libur belum diimpor",
    en: "The days off were not imported",
};
/// Administration: after the first problems of an import, how many more (the count precedes).
pub const ADMIN_MORE_PROBLEMS: Text = Text {
    id: "masalah lain",
    en: "more problems",
};
/// Administration: the office hours of the SOP in force.
pub const ADMIN_OFFICE_HOURS: Text = Text {
    id: "Jam kerja",
    en: "Office hours",
};
/// Administration: a day without office hours.
pub const ADMIN_CLOSED: Text = Text {
    id: "Libur",
    en: "Closed",
};
/// The desk and administration: the next year has no days off yet (`{year}`).
pub const CALENDAR_GAP_SOON: Text = Text {
    id: "Hari libur tahun {year} belum diisi. Mulai 1 Januari {year}, tenggat hari kerja akan \
         menghitung semua hari Senin–Jumat, termasuk hari libur dan cuti bersama. Administrator \
         sistem perlu mengimpor SKB tahun {year}.",
    en: "The days off of {year} have not been entered. From 1 January {year}, working-day \
         deadlines will count every Monday to Friday, holidays and collective leave included. \
         The system administrator needs to import the {year} decree.",
};
/// The desk and administration: this year has no days off (`{year}`).
pub const CALENDAR_GAP_RUNNING: Text = Text {
    id: "Hari libur tahun {year} belum diisi: tenggat hari kerja saat ini menghitung semua hari \
         Senin–Jumat, termasuk hari libur dan cuti bersama. Administrator sistem perlu mengimpor \
         SKB tahun {year}.",
    en: "The days off of {year} have not been entered: working-day deadlines now count every \
         Monday to Friday, holidays and collective leave included. The system administrator \
         needs to import the {year} decree.",
};
/// Monday to Sunday.
pub const WEEKDAYS: [Text; 7] = [
    Text {
        id: "Senin",
        en: "Monday",
    },
    Text {
        id: "Selasa",
        en: "Tuesday",
    },
    Text {
        id: "Rabu",
        en: "Wednesday",
    },
    Text {
        id: "Kamis",
        en: "Thursday",
    },
    Text {
        id: "Jumat",
        en: "Friday",
    },
    Text {
        id: "Sabtu",
        en: "Saturday",
    },
    Text {
        id: "Minggu",
        en: "Sunday",
    },
];
