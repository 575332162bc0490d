// Indonesian (Bahasa Indonesia) phrases for Decap CMS 3.16.3, translated from the English
// locale of decap-cms-locales 3.8.2 (the version decap-cms-app 3.16.3 pins). Same keys, same
// nesting, same `%{…}` placeholders; cms/locale/id.test.ts checks all of that against `en`.
// Registered in the browser with `CMS.registerLocale('id', id)`.
//
// Terms used throughout, so every screen says the same thing:
//   entry = entri, collection = koleksi, media = media, field = kolom, file = berkas,
//   image = gambar, preview = pratinjau, note = catatan, path = jalur, locale = bahasa;
//   Draft = Draf, In review = Sedang Ditinjau, Ready = Siap Terbit;
//   publish = Terbitkan (sentences: menerbitkan / terbit),
//   unpublish = Batalkan terbit (sentences: membatalkan penerbitan);
//   save = Simpan, delete/remove = Hapus, edit = Ubah, cancel = Batal;
//   workflow = Alur Kerja (editorial workflow = Alur Kerja Redaksi);
//   log in = Masuk, log out = Keluar.
// Polyglot gives Indonesian a single plural form, so the `||||` variants repeat one text.
export const id = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk...',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
    loginWithAzure: 'Masuk dengan Azure',
    loginWithBitbucket: 'Masuk dengan Bitbucket',
    loginWithGitHub: 'Masuk dengan GitHub',
    loginWithGitLab: 'Masuk dengan GitLab',
    loginWithGitea: 'Masuk dengan Gitea',
    loginWithForgejo: 'Masuk dengan Forgejo',
    errors: {
      email: 'Pastikan Anda sudah memasukkan alamat email.',
      password: 'Masukkan kata sandi Anda.',
      identitySettings:
        'Pengaturan identitas tidak dapat diakses. Jika menggunakan backend git-gateway, pastikan layanan Identity dan Git Gateway sudah diaktifkan.',
    },
  },
  app: {
    header: {
      content: 'Konten',
      workflow: 'Alur Kerja',
      // Same word in both languages.
      media: 'Media',
      quickAdd: 'Tambah cepat',
    },
    app: {
      errorHeader: 'Gagal memuat konfigurasi CMS',
      configErrors: 'Kesalahan Konfigurasi',
      checkConfigYml: 'Periksa berkas config.yml Anda.',
      loadingConfig: 'Memuat konfigurasi...',
      waitingBackend: 'Menunggu layanan backend...',
    },
    notFoundPage: {
      header: 'Tidak Ditemukan',
    },
  },
  collection: {
    sidebar: {
      collections: 'Koleksi',
      allCollections: 'Semua Koleksi',
      searchAll: 'Cari di semua koleksi',
      searchIn: 'Cari di',
    },
    collectionTop: {
      sortBy: 'Urutkan menurut',
      viewAs: 'Tampilkan sebagai',
      viewAsList: 'Opsi tampilan daftar',
      viewAsGrid: 'Opsi tampilan kisi',
      // A plain plus: the fullwidth one of Decap's locales is a missing glyph without CJK fonts.
      newButton: '+ %{collectionLabel}',
      newButtonAriaLabel: 'Buat entri %{collectionLabel} baru',
      ascending: 'Urutan naik',
      descending: 'Urutan turun',
      searchResults: 'Hasil pencarian untuk "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian untuk "%{searchTerm}" di %{collection}',
      filterBy: 'Saring menurut',
      groupBy: 'Kelompokkan menurut',
    },
    entries: {
      loadingEntries: 'Memuat entri...',
      cachingEntries: 'Menyimpan entri ke cache...',
      longerLoading: 'Proses ini mungkin memerlukan beberapa menit',
      noEntries: 'Tidak Ada Entri',
      unpublishedHeader: 'Entri yang Belum Terbit',
    },
    groups: {
      other: 'Lainnya',
      negateLabel: 'Bukan %{label}',
    },
    defaultFields: {
      author: {
        label: 'Penulis',
      },
      updatedOn: {
        label: 'Diperbarui Pada',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'opsional',
        widgetLabel: 'Kolom %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} wajib diisi.',
        regexPattern: '%{fieldLabel} tidak sesuai dengan pola: %{pattern}.',
        processing: '%{fieldLabel} sedang diproses.',
        range: '%{fieldLabel} harus bernilai antara %{minValue} dan %{maxValue}.',
        min: '%{fieldLabel} harus bernilai paling kecil %{minValue}.',
        max: '%{fieldLabel} harus bernilai paling besar %{maxValue}.',
        rangeCount: '%{fieldLabel} harus berisi antara %{minCount} dan %{maxCount} butir.',
        rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
        rangeMin: '%{fieldLabel} harus berisi paling sedikit %{minCount} butir.',
        rangeMax: '%{fieldLabel} harus berisi paling banyak %{maxCount} butir.',
        invalidPath: "'%{path}' bukan jalur yang valid",
        pathExists: "Jalur '%{path}' sudah ada",
      },
      i18n: {
        writingInLocale: 'Menulis dalam bahasa %{locale}',
        copyFromLocale: 'Isi dari bahasa lain',
        copyFromLocaleConfirm:
          'Apakah Anda ingin mengisi data dari bahasa %{locale}?\nSemua konten yang sudah ada akan ditimpa.',
      },
    },
    editor: {
      onLeavePage: 'Apakah Anda yakin ingin meninggalkan halaman ini?',
      onUpdatingWithUnsavedChanges:
        'Ada perubahan yang belum disimpan. Simpan terlebih dahulu sebelum mengubah status.',
      onPublishingNotReady: 'Ubah status menjadi "Siap Terbit" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges:
        'Ada perubahan yang belum disimpan. Simpan terlebih dahulu sebelum menerbitkan.',
      onPublishing: 'Apakah Anda yakin ingin menerbitkan entri ini?',
      onUnpublishing: 'Apakah Anda yakin ingin membatalkan penerbitan entri ini?',
      onDeleteWithUnsavedChanges:
        'Apakah Anda yakin ingin menghapus entri yang sudah terbit ini, beserta perubahan yang belum disimpan pada sesi ini?',
      onDeletePublishedEntry: 'Apakah Anda yakin ingin menghapus entri yang sudah terbit ini?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Tindakan ini akan menghapus semua perubahan yang belum terbit pada entri ini, beserta perubahan yang belum disimpan pada sesi ini. Tetap hapus?',
      onDeleteUnpublishedChanges:
        'Semua perubahan yang belum terbit pada entri ini akan dihapus. Tetap hapus?',
      loadingEntry: 'Memuat entri...',
      confirmLoadBackup:
        'Cadangan lokal untuk entri ini ditemukan. Apakah Anda ingin menggunakannya?',
    },
    editorInterface: {
      toggleI18n: 'Tampilkan/sembunyikan terjemahan',
      togglePreview: 'Tampilkan/sembunyikan pratinjau',
      toggleScrollSync: 'Selaraskan gulir',
      toggleNotes: 'Tampilkan/sembunyikan catatan',
    },
    editorNotesPane: {
      title: 'Catatan',
      emptyState: 'Belum ada catatan. Tambahkan catatan pertama di bawah untuk mulai berkolaborasi.',
      addNote: 'Tambah Catatan',
      addPlaceholder: 'Tambahkan catatan...',
      editPlaceholder: 'Ubah catatan Anda...',
      save: 'Simpan',
      cancel: 'Batal',
      edit: 'Ubah',
      delete: 'Hapus',
      resolve: 'Tandai selesai',
      unresolve: 'Buka kembali',
      confirmDelete: 'Apakah Anda yakin ingin menghapus catatan ini?',
      shortcut: 'Tips: tekan Ctrl+Enter untuk menambahkan catatan dengan cepat',
    },
    editorToolbar: {
      publishing: 'Menerbitkan...',
      publish: 'Terbitkan',
      published: 'Sudah Terbit',
      unpublish: 'Batalkan terbit',
      duplicate: 'Gandakan',
      unpublishing: 'Membatalkan penerbitan...',
      publishAndCreateNew: 'Terbitkan dan buat baru',
      publishAndDuplicate: 'Terbitkan dan gandakan',
      deleteUnpublishedChanges: 'Hapus perubahan yang belum terbit',
      deleteUnpublishedEntry: 'Hapus entri yang belum terbit',
      deletePublishedEntry: 'Hapus entri yang sudah terbit',
      deleteEntry: 'Hapus entri',
      saving: 'Menyimpan...',
      save: 'Simpan',
      statusInfoTooltipDraft:
        'Status entri ini adalah Draf. Untuk menyelesaikannya dan mengajukannya untuk ditinjau, ubah status menjadi ‘Sedang Ditinjau’',
      statusInfoTooltipInReview:
        'Entri sedang ditinjau, tidak ada tindakan lain yang diperlukan. Namun, Anda tetap dapat membuat perubahan selama entri ditinjau.',
      deleting: 'Menghapus...',
      updating: 'Memperbarui...',
      // "Status" is the Indonesian word too.
      status: 'Status: %{status}',
      backCollection: ' Menulis di koleksi %{collectionLabel}',
      unsavedChanges: 'Perubahan Belum Disimpan',
      changesSaved: 'Perubahan tersimpan',
      draft: 'Draf',
      inReview: 'Sedang Ditinjau',
      ready: 'Siap Terbit',
      publishNow: 'Terbitkan sekarang',
      deployPreviewPendingButtonLabel: 'Periksa Pratinjau',
      deployPreviewButtonLabel: 'Lihat Pratinjau',
      deployButtonLabel: 'Lihat di Situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        strikethrough: 'Coret',
        code: 'Kode',
        link: 'Tautan',
        linkPrompt: 'Masukkan URL tautan',
        headings: 'Judul',
        quote: 'Kutipan',
        bulletedList: 'Daftar Berbutir',
        numberedList: 'Daftar Bernomor',
        addComponent: 'Tambah Komponen',
        richText: 'Teks Berformat',
        // The name of the format.
        markdown: 'Markdown',
        toggleMode: {
          rich: 'Beralih ke mode teks berformat',
          markdown: 'Beralih ke mode Markdown',
        },
      },
      image: {
        choose: 'Pilih gambar',
        chooseMultiple: 'Pilih beberapa gambar',
        chooseUrl: 'Sisipkan dari URL',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan URL gambar',
        chooseDifferent: 'Pilih gambar lain',
        addMore: 'Tambah gambar lagi',
        remove: 'Hapus gambar',
        removeAll: 'Hapus semua gambar',
      },
      file: {
        choose: 'Pilih berkas',
        chooseUrl: 'Sisipkan dari URL',
        chooseMultiple: 'Pilih beberapa berkas',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan URL berkas',
        chooseDifferent: 'Pilih berkas lain',
        addMore: 'Tambah berkas lagi',
        remove: 'Hapus berkas',
        removeAll: 'Hapus semua berkas',
      },
      unknownControl: {
        noControl: "Tidak ada kontrol untuk widget '%{widget}'.",
      },
      unknownPreview: {
        noPreview: "Tidak ada pratinjau untuk widget '%{widget}'.",
      },
      headingOptions: {
        headingOne: 'Judul 1',
        headingTwo: 'Judul 2',
        headingThree: 'Judul 3',
        headingFour: 'Judul 4',
        headingFive: 'Judul 5',
        headingSix: 'Judul 6',
      },
      datetime: {
        now: 'Sekarang',
        clear: 'Kosongkan',
        setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
      },
      list: {
        add: 'Tambah %{item}',
        addType: 'Tambah %{item}',
      },
      object: {
        expand: 'Bentangkan',
        collapse: 'Ciutkan',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Draf',
      copy: 'Salin',
      copyUrl: 'Salin URL',
      copyPath: 'Salin Jalur',
      copyName: 'Salin Nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Apakah Anda yakin ingin menghapus media yang dipilih?',
      fileTooLarge:
        'Berkas terlalu besar.\nUkuran berkas yang diizinkan paling besar %{size} kB.',
    },
    mediaLibraryModal: {
      loading: 'Memuat...',
      close: 'Tutup',
      noResults: 'Tidak ada hasil.',
      noAssetsFound: 'Tidak ada aset yang ditemukan.',
      noImagesFound: 'Tidak ada gambar yang ditemukan.',
      // Decap writes this directly before "Gambar" or "Aset media" in the media library's
      // title, so the colon keeps "Privat: Gambar" readable in Indonesian word order.
      private: 'Privat: ',
      images: 'Gambar',
      mediaAssets: 'Aset media',
      search: 'Cari...',
      uploading: 'Mengunggah...',
      upload: 'Unggah',
      download: 'Unduh',
      deleting: 'Menghapus...',
      deleteSelected: 'Hapus yang dipilih',
      chooseSelected: 'Gunakan yang dipilih',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Kembali ke situs',
    },
    errorBoundary: {
      title: 'Kesalahan',
      // Followed directly by the `reportIt` link.
      details: 'Terjadi kesalahan - silakan ',
      reportIt: 'laporkan masalah ini di GitHub.',
      detailsHeading: 'Rincian',
      privacyWarning:
        'Laporan masalah yang dibuka akan langsung berisi pesan kesalahan dan data debug.\nPastikan informasinya benar dan hapus data yang bersifat rahasia jika ada.',
      recoveredEntry: {
        heading: 'Dokumen yang dipulihkan',
        warning: 'Salin dan tempel isi ini ke tempat lain sebelum meninggalkan halaman!',
        copyButtonLabel: 'Salin ke papan klip',
      },
    },
    settingsDropdown: {
      logOut: 'Keluar',
      account: 'Menu opsi akun',
    },
    toast: {
      onFailToLoadEntries: 'Gagal memuat entri: %{details}',
      onFailToLoadDeployPreview: 'Gagal memuat pratinjau: %{details}',
      onFailToPersist: 'Gagal menyimpan entri: %{details}',
      onFailToDelete: 'Gagal menghapus entri: %{details}',
      onFailToUpdateStatus: 'Gagal memperbarui status: %{details}',
      missingRequiredField:
        'Ada kolom wajib yang belum diisi. Lengkapi terlebih dahulu sebelum menyimpan.',
      entrySaved: 'Entri tersimpan',
      entryPublished: 'Entri diterbitkan',
      entryUnpublished: 'Penerbitan entri dibatalkan',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      onFailToUnpublishEntry: 'Gagal membatalkan penerbitan entri: %{details}',
      entryUpdated: 'Status entri diperbarui',
      onDeleteUnpublishedChanges: 'Perubahan yang belum terbit telah dihapus',
      noteAdded: 'Catatan ditambahkan',
      onFailToAddNote: 'Gagal menambahkan catatan: %{details}',
      noteUpdated: 'Catatan diperbarui',
      onFailToUpdateNote: 'Gagal memperbarui catatan: %{details}',
      noteDeleted: 'Catatan dihapus',
      onFailToDeleteNote: 'Gagal menghapus catatan: %{details}',
      noteResolved: 'Catatan ditandai selesai',
      noteReopened: 'Catatan dibuka kembali',
      onFailToToggleNote: 'Gagal mengubah status selesai catatan: %{details}',
      // Only the backend's own message.
      onFailToAuth: '%{details}',
      onLoggedOut: 'Anda telah keluar. Cadangkan data Anda, lalu masuk kembali.',
      onBackendDown:
        'Layanan backend sedang mengalami gangguan. Lihat %{details} untuk informasi lebih lanjut.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat entri Alur Kerja Redaksi',
      workflowHeading: 'Alur Kerja Redaksi',
      newPost: 'Entri Baru',
      description:
        '%{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit. |||| %{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit. ',
      // A dayjs format for the cards' dates: day before month, as Indonesian writes it.
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      // Only the date: nothing to translate.
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus entri baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan entri baru',
    },
    workflowList: {
      onDeleteEntry: 'Apakah Anda yakin ingin menghapus entri ini?',
      onPublishingNotReadyEntry:
        'Hanya entri berstatus "Siap Terbit" yang dapat diterbitkan. Seret kartu ke kolom "Siap Terbit" agar dapat diterbitkan.',
      onPublishEntry: 'Apakah Anda yakin ingin menerbitkan entri ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Sedang Ditinjau',
      readyHeader: 'Siap Terbit',
      currentEntries: '%{smart_count} entri |||| %{smart_count} entri',
    },
  },
};
