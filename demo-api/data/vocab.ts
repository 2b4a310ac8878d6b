/** Word lists for the generated offers. Order matters: changing it changes the dataset. */

export const BRANDS = [
  'NordFit',
  'CashLoop',
  'Lumina Skin',
  'QuickQuid',
  'Verda Solar',
  'PetPal',
  'ZenDate',
  'Spinix Casino',
  'SafeDrive',
  'Glowly',
  'KetoBurn',
  'AirVPN Pro',
  'StreamMax',
  'SnapLoans',
  'HomeShield',
  'MediCover',
  'SmileBright',
  'TalkTime Mobile',
  'Fleetly',
  'Credora',
  "Mom's Best Meals",
  'Brick & Mortar Bank',
  'Ludo Legends',
  'PawBox',
  'SolarEdge Quotes',
  'DebtFree Now',
  'LuxeLashes',
  'TaxEase',
  'CoinSpring',
  'FitFuel',
  'DriveDeal',
  'Nimbus Storage',
  'Trivia Rush',
  'GreenLeaf CBD',
  'SureLife',
  'Cozy Nest Rentals',
] as const;

export const PRODUCTS = [
  'Free Trial',
  'Sweepstakes – Win a $1,000 Gift Card',
  'Payday Loan',
  'Auto Insurance Quote',
  'Solar Savings Quiz',
  'Dating Sign-up (SOI)',
  'Dating (DOI)',
  'First Deposit',
  'Crypto Signals',
  'VPN Annual Plan',
  '30-Day Diet Trial',
  'Debt Relief Lead',
  'Medicare Advantage Call',
  'Home Warranty Lead',
  'SMS Opt-in Survey',
  'Mobile Game Install',
  'Streaming 7-Day Trial',
  'Credit Score Check',
  'Meal Kit – 60% Off',
  'Summer Promo',
  'Black Friday Deal',
  'Refer-a-Friend Bonus',
  'Life Insurance Quote',
  'Tax Refund Estimate',
  '"Free" Shipping Week',
  'Cashback Card',
  'Pet Insurance Lead',
  'Job Alerts Sign-up',
] as const;

export const GEO_SUFFIXES = [
  ' – US',
  ' – UK',
  ' – CA',
  ' – DE/AT/CH',
  ' – AU',
  ' – BR',
  ' – JP',
  ' (US, CA)',
  ' – FR',
  ' – MX',
  ' – Global',
  '',
] as const;

export const EXTRAS = [
  '',
  '',
  '',
  '',
  ' (CPA)',
  ' [SMS only]',
  ' – Mobile',
  ' v2',
  ' — Q4 Push',
  ' (Desktop + Mobile)',
  ' – Incent OK',
  ' #2',
  ' – Tier 1',
] as const;

/** Names in non-Latin scripts, with emoji, or mixing scripts. */
export const INTERNATIONAL_NAMES = [
  '夏のキャンペーン｜ポイント2倍',
  '無料お試し 30日間 – JP',
  '双十一限时优惠 – CN',
  '免费试用七天',
  '여름 특가 이벤트 – KR',
  'عرض الصيف الحصري – SA',
  'تمويل سريع بدون كفيل',
  'מבצע קיץ – IL',
  'Летняя распродажа – RU',
  'Кредит онлайн за 5 минут – UA',
  'Бесплатная пробная версия',
  'Καλοκαιρινή Προσφορά – GR',
  'Δωρεάν δοκιμή 14 ημερών',
  'โปรโมชั่นหน้าร้อน – TH',
  'गर्मी की सेल – IN',
  'Khuyến mãi mùa hè – VN',
  'Yaz İndirimi – TR',
  'Letnia wyprzedaż – PL',
  '🔥 Flash Sale 48h 🔥',
  '🎰 Mega Spins Bonus – 200 Free Spins 🎁',
  '💳 Zero-Fee Card – US 🇺🇸',
  '👩‍👩‍👧 Family Plan Promo',
  'Summer Promo – 夏 – Лето – صيف',
  'Ελληνικά & English – Bilingual Quiz',
] as const;

export const LONG_NAME_TAILS = [
  ' – Exclusive SMS Traffic Only – No Incent, No Brand Bidding, No Email – Daily Cap 500 Conversions – Requires Pre-Approval from Your Account Manager Before Sending Any Traffic',
  ' (Tier 1 Geos Only: US, CA, UK, AU, NZ, IE – Mobile and Desktop – Single Opt-In – Payout Increases After 100 Conversions per Week – See Notes for Restrictions)',
  '_Exclusive_SMS_Only_NoIncent_NoBrandBidding_DailyCap500_RequiresApproval_Tier1Geos_MobileAndDesktop_SingleOptIn_v3_FINAL_final2',
] as const;

export const VERTICALS = [
  'health',
  'finance',
  'insurance',
  'dating',
  'gaming',
  'ecommerce',
  'sweepstakes',
  'crypto',
  'utilities',
  'education',
  'travel',
  'nutra',
  'solar',
  'legal',
  'subscription',
] as const;

export const GEOS = ['US', 'CA', 'UK', 'DE', 'FR', 'AU', 'BR', 'JP', 'MX', 'IN', 'ES', 'IT', 'NL', 'SE'] as const;

export const TRAFFIC_TYPES = ['SMS', 'Email', 'Push', 'Social', 'Native', 'Search', 'Display', 'Incent'] as const;

export const TAGS = [
  'evergreen',
  'seasonal',
  'top-performer',
  'new',
  'exclusive',
  'capped',
  'mobile-only',
  'q4',
  'test',
] as const;

export const MANAGERS = [
  { name: 'Dana Whitfield', email: 'dana@network.example', timezone: 'America/New_York' },
  { name: 'Kenji Watanabe', email: 'kenji@network.example', timezone: 'Asia/Tokyo' },
  { name: 'Olga Petrova', email: 'olga@network.example', timezone: 'Europe/Berlin' },
  { name: 'Ahmed El-Sayed', email: 'ahmed@network.example', timezone: 'Africa/Cairo' },
] as const;

export const LONG_TEXTS = [
  'Traffic must come from opted-in SMS subscribers only. No incentivized traffic, no brand bidding, no email, no pop-unders. Creatives must be approved before use; contact your account manager with the message copy, the short code and the opt-in flow. Conversions over the daily cap are not paid. Fraudulent or low-quality traffic (CR above 40%, duplicate IPs, data-center IPs) will be reversed at the end of the month without notice.',
  'Landing page converts best on iOS between 6pm and 10pm local time. Use the "Random" link for split tests. Postback fires on email submit (SOI); the advertiser scrubs duplicates within 30 days. KPI: at least 20% of leads must reach step 2 of the funnel within 7 days, otherwise the payout for that week is adjusted.',
  'このオファーはSMSトラフィック専用です。インセンティブ付きの流入は禁止されています。クリエイティブは事前承認が必要です。1日の上限を超えたコンバージョンは支払われません。',
  'Предложение только для SMS-трафика. Мотивированный трафик запрещён. Креативы необходимо согласовать с менеджером заранее; конверсии сверх дневного лимита не оплачиваются.',
] as const;

export const LANDING_PAGE_NAMES = [
  '360',
  'qq',
  'LP1 – Quiz',
  'LP2 – Short Form',
  'Landing B (mobile)',
  'Prelander',
  'Advertorial',
  'ランディング2',
  'Форма заявки',
  'Checkout direct',
  'Video sales letter',
  'EN',
  'ES',
  'Spring 2026',
] as const;

export const PREVIEW_HOSTS = [
  'www.example.com',
  'offers.example.net',
  'lp.example.org',
  'shop.example.com',
  'promo.example.net',
] as const;

export const OFFERSLOOK_HOSTS = ['oltest1.offerstrack.net', 'demo.offerstrack.net', 'go.affnet-demo.com'] as const;

export const PIXEL_HOSTS = ['qoqololo.iuniontrack.com:9080', 'px.affnet-demo.com', 'impr.offerstrack.net'] as const;

export const TUNE_HOSTS = ['track.example.com', 'trk.example.net', 'clicks.example.org'] as const;

export const EVERFLOW_HOSTS = ['www.efclicks.example.com', 'www.trk-ef.example.net'] as const;
