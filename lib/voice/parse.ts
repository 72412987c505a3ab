import { canonical, drop, fold, said, type Folded } from './fold';
import { pickAmount } from './numbers';
import type {
  Direction,
  Intent,
  ParseResult,
  Slots,
  Term,
  VoiceBillType,
  VoiceLocale,
} from './types';

// Text in, one intent with its slots out (voice-contract.md). Everything is matched on folded
// text: Simplified, lower-case, homophones of key words rewritten (fold.ts), so one grammar
// serves zh-CN, zh-TW and zh-HK (Cantonese vocabulary included), and a second serves English.
// Rules are ordered from the most specific (explain a term, learn, scan) to the most general
// (a bill type alone means "pay it"); nothing that fits none of them is guessed: `unknown`.

/** Bill types; the first pattern that matches wins (暖气费 before 气费). */
const BILLS: [VoiceBillType, RegExp][] = [
  ['tv', /有线电视|有线|电视(费|钱)|闭路|第四台|收视|机顶盒|\btv\b|cable|television|satellite/],
  [
    'social_insurance',
    /社保|医保|社会保险|养老保险|医疗保险|农合|健保|劳保|国民年金|强积金|积金|社会保障|social (insurance|security)|health insurance|medical insurance|pension|\bmpf\b|national insurance/,
  ],
  ['heating', /暖气|取暖|供暖|采暖|热力|供热|暖费|heating|\bheat\b|radiator/],
  [
    'broadband',
    /宽带|宽频|网费|网络费|网路费|上网|网络|网路|光纤|wifi|wi fi|internet|broadband|fibre|fiber/,
  ],
  [
    'phone',
    /话费|电话费|手机费|手机|电信费|通话费|充值卡|增值|储值|phone|mobile|cell|airtime|top ?up|credit|\bsim\b/,
  ],
  [
    'property',
    /物业|物管|管理费|管理处|小区费|property|management fee|strata|\bhoa\b|maintenance fee|service charge/,
  ],
  ['gas', /燃气|煤气|天然气|瓦斯|气费|石油气|\bgas\b|towngas/],
  [
    'electricity',
    /电费|电钱|电力|电表|台电|中电|港灯|电[^话视脑梯信子影池]|电$|electric|power|light bill/,
  ],
  ['water', /水费|自来水|水钱|水表|水务|台水|水$|\bwater\b/],
  ['tax', /税|差饷|地租|\btax(es)?\b|\brates\b|council tax/],
];

const TERMS: [Term, RegExp][] = [
  [
    'verification_code',
    /验证码|校验码|短信码|动态码|认证码|确认码|验证|verification|one time (pass)?code|otp|security code|sms code|code (they|you) (sent|texted)/,
  ],
  [
    'payment_password',
    /(支付|付款)(秘密|蜜码|米码)|支付密码|付款密码|交易密码|钱包密码|payment (password|pin)|wallet (password|pin)/,
  ],
  [
    'bank_card_pin',
    /银行卡密码|卡密码|取款密码|提款密码|银行密码|(bank|atm|debit|card) ?(card )?pin|pin number|card password/,
  ],
  [
    'country_code',
    /加八十六|加八六|加86|plus (86|eighty six|eight six)|\+ ?86|\+ ?852|\+ ?886|国家代码|国际区号|区号|国码|country (code|number)|dialling code|dial code|area code/,
  ],
  ['pay_code', /付款码|付钱码|支付码|收款码|pay(ment)? code/],
  ['qr_code', /二维码|qr|扫码|条码|条形码|barcode/],
  ['scam', /诈骗|骗子|骗局|骗钱|被骗|呃人|骗案|行骗|scam|fraud|con artist|swindle/],
  ['voucher', /消费券|优惠券|振兴券|五倍券|代金券|券|voucher|coupon/],
  ['balance', /余额|结余|balance/],
];

const KIN =
  /(妮儿|妮子|老儿子|幺儿|幺妹|女娃子?|儿娃子|外孙女|外孙子|外孙|孙女儿|孙女|孙子|孙仔|孙儿|孙|女儿|闺女|女婿|儿媳妇?|媳妇|新抱|儿子|仔仔|个仔|个女|细佬|家姐|阿仔|阿女|囡囡|囡|仔|女|老伴|老伴儿|老公|老婆|爱人|太太|先生|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥女?|孩子们?|小孩|娃儿?|家人|家里人|屋企人|亲戚|邻居|志愿者|义工|社工|老师|granddaughter|grandson|grandchild(ren)?|grandkids?|daughter in law|son in law|daughter|son|wife|husband|partner|kids?|children|child|brother|sister|nephew|niece|family|neighbou?r|volunteer|carer|caregiver|helper)/;

const ONLY_TO_PERSON = new RegExp(`^(给|俾|to)\\s*(我的|我个|我|个|my)?\\s*${KIN.source}$`);
const ASK_PERSON = new RegExp(`(叫|让|找|喊|请|搵|揾)\\s*(我的|我个|我|个)?\\s*${KIN.source}`);

/** 叫李娜来帮我 / 让小明帮我弄: someone named, asked to come and help. */
const ASK_NAMED =
  /(叫|让|找|喊|请|搵|揾|联系)(我的|我个|我)?\s*\p{Script=Han}{2,3}\s*(来帮|过来|帮我|帮下我|嚟|帮手|帮忙)/u;

const POSSESSIVE =
  /^(我的|我个|我嘅|我哋|我们的|我们|我家|我|个|俺的|俺|阿拉|咱的|咱家|咱|my|our|the)\s*/;
const TRAILING =
  /(的?卡里|的?账户里|的?户口里|的账户|的户口|账户|户口|的卡|卡上|那边|那儿|那里|那度|度|吧|啊|呀|了|嘛|啦|喇|咯|哦|呢|嘞|钱|的|'s account|s account|'s|account|please|now)$/;

const FILLERS_ZH =
  /那个啥|那个|那啥|就是说|就是|然后|嗯+|呃+|哎呀|哎|唉|诶|欸|喂|哦|噢|额(?!度)|这个(?=[^码月费钱])|勒个|啊(?=.)|麻烦你?|劳驾|唔该|请问|请|帮帮忙|拜托/g;
const FILLERS_EN =
  /\b(um+|uh+|er+|erm|hmm+|ah|oh|well|like|so|okay so|ok so|please|hey|hi|hello|anxin|you know|i mean|just|kindly|could you|can you|would you|will you)\b/g;

function billType(s: string): VoiceBillType | undefined {
  for (const [type, re] of BILLS) if (re.test(s)) return type;
  return undefined;
}

function term(s: string): Term | undefined {
  for (const [t, re] of TERMS) if (re.test(s)) return t;
  return undefined;
}

function core(s: string): string {
  return s
    .replace(FILLERS_ZH, '')
    .replace(FILLERS_EN, ' ')
    .replace(/[吧啊呀啦喇咯哦呢嘞嘛吖哇噃啰喔]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- whole-utterance replies (the answer to a question the wallet asked) ----

const CONFIRM_WORD =
  /^(嗯呐|嗯哪|嗯那|是嘞|中嘞|就这|就这吧|就这样吧|就这么着|这样吧|就咁做|咁做|好咧)$|^(就咁|就咁啦|就系咁|就咁办)$|^(alright then|ok then|okay then|fine then|right then|yes then)$|^(没毛病|没得问题|莫问题)$|^(整|整吧|弄吧|搞吧|来吧|走起|go ahead and (pay|send|do it)|pay now|send now|that's right|that is right|that's correct|that is correct|that's fine|that's it|it's right|all correct|对|对的|对头|对了|是|是的|是啊|好|好的|好了|好滴|好嘅|好呀|行|行的|可以|没问题|冇问题|确定|确认|同意|嗯|嗯嗯|中|得|得了|係|系|啱|啱啦|要得|成|妥|没错|就这样|就这么办|就这个|交吧|付吧|转吧|交|付|转|去吧|ok|okay|yes|yeah|yep|yup|sure|right|correct|confirm|confirmed|go ahead|do it|that's right|that is right|of course|absolutely|please do|fine|alright|all right|pay it|send it|go on|agreed|i agree|i confirm|yes please|that's it|exactly|affirmative)$/;
const CANCEL_WORD =
  /^(弄错了|搞错了|错咗|搞错咗)$|^(勿要|勿要了|覅|覅了)$|^(不|不要|不要了|不用|不用了|不了|算了|算啦|算数|取消|停|停下|停止|别|别了|不对|错了|不是|唔要|唔使|唔好|唔係|唔啱|唔该唔使|拉倒|莫得|不干了|不弄了|不搞了|退出|no|nope|nah|cancel|stop|never ?mind|forget it|don't|do not|no thanks|no thank you|not now|wrong|abort|quit|exit|that's wrong|not right|hold on|wait)$/;

/** Whether the whole reply is made of words of the list (对对对, 好的没问题, yes please). */
function allOf(re: RegExp, s: string): boolean {
  const text = s.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 24) return false;
  if (re.test(text)) return true;
  // ok[i]: text[i..] can be split into listed words (dynamic programming from the end)
  const ok: boolean[] = new Array(text.length + 1).fill(false);
  ok[text.length] = true;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ' ') {
      ok[i] = ok[i + 1] ?? false;
      continue;
    }
    for (let j = Math.min(text.length, i + 16); j > i; j--) {
      if (ok[j] && re.test(text.slice(i, j).trim())) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[0] ?? false;
}

// ---- the grammar ----

const EXPLAIN =
  /啥子是|啥子意思|啥子叫|啥子东西|做什么用|干什么用|干嘛用|有啥用|用来做什么|用来干嘛|是做什么|咩用|咩叫|乜叫|乜嘢叫|咩嘢叫|啥是|咩系|乜系|咩嘢系|区别|不一样|有什么不同|有啥不同|difference between|什么意思|啥意思|咩意思|乜意思|是什么|是啥|系咩|系乜|系乜嘢|即系咩|什么叫|啥叫|什么是|乜嘢系|咩嘢系|怎么理解|解释|讲解|说明一下|是干什么的|是干嘛的|有什么用|干啥用|做咩用|点解释|what does .*mean|what('s| is| are) (a|an|the|this|that|these)\b|what('s| is) [a-z ]*(code|password|pin|balance|voucher|scam)|meaning|mean|explain|what is it|define|definition|tell me about/;
const LESSONS =
  /学|教我|教下我|教一下|教教我|练习|练一练|练练|课程|上课|课堂|讲座|培训|教程|教学|模拟|practi[cs]e|lesson|learn|teach me|class|course|tutorial|training|show me how to|demo mode/;
const SCAN =
  /pay (by|with|using) (a |the )?(qr|code)|用二维码(付|交)|扫|scan|拍码|拍一下.*码|识别.*码|读.*码/;
const LET_SCAN =
  /扫我|scan me|scan my|(给|让|畀|俾|叫|请).{0,6}扫|let .* scan|for .* to scan|cashier scan/;
const PAY_CODE =
  /条码|条形码|付款码|付钱码|支付码|出示|亮码|亮一下|买单|埋单|结账|结帐|收银|老板|老细|店员|商家|店家|超市|商店|柜台|cashier|checkout|check out|till|counter|shop|store|pay code|payment code|barcode|(show|open).*(code|qr)|pay at|pay for (my|the) (shopping|groceries|food)/;
const TEXT_SIZE_SUBJECT =
  /字|字体|字号|大字|大啲|细啲|放大|缩小|调大|调小|整大|整细|看不清|看不见|看不到|看不太清|睇唔清|睇唔到|text|font|letters|words|print|writing|zoom|can't see|cannot see|hard to read|can't read|too small|too big|bigger|larger|smaller/;
const READ =
  /写的?(啥|什么|咩|乜)|写了(啥|什么|些啥)|上面(写|说)|说的是什么|what('s| is) on (the|this) (screen|page)|念|读|朗读|唸|讀|播报|读出|念出|读给|念给|说给我听|讲给我听|讲俾我听|读俾我听|念俾我听|read|say what it says|what does (it|this|the screen) say|tell me what it says|speak (it|this|the page)/;
const GO_HOME =
  /主界面|主页面|首界面|主屏幕|back to (the )?(start|beginning)|first page|front page|第一版|第一页|首版|主版|最前面|首页|主页|主画面|主菜单|回到开始|返回开始|最开始|home|main (page|menu|screen)|start page|start screen/;
const GO_BACK =
  /刚才那页|刚才的页面|刚才那个页面|之前那页|前一页|上一个页面|上个页面|上一页|上一步|上页|返回|后退|回去|退回|返转头|返上|返去|退后|go back|back|previous|last page|last screen|undo/;
const REPEAT =
  /再说一遍|再说一次|再讲一遍|再讲一次|重复|没听清|没听见|没听到|听不清|听不到|听唔清|听唔到|讲多次|讲多一次|再讲|再说|再来一遍|再念一遍|说什么|讲咩|咩话|乜话|你说啥|say (that|it) again|repeat|again|pardon|come again|what did you say|one more time|didn't (hear|catch)|did not (hear|catch)|sorry what/;
const CANCEL_ANY =
  /(不|别|莫|甭|勿|唔好)(要|用|想)?再?(交|缴|付|转|买|充|弄|搞|整)了|^莫(要|搞|弄)|不(要|用|想|必)?再?(交|缴|付|转|买|充|弄|搞)了|(别|唔好|唔使|不要)再?(交|缴|付|转|俾)(了|喇|啦)?$|算[了啦球逑咯罢]|罢了|不整了|算了|取消|不要了|不用了|不交了|不付了|不转了|不买了|不弄了|不搞了|不充了|不缴了|别交了|别转了|别付了|先不|不想交|不想转|唔要|唔使|唔好交|唔好转|唔交|唔转|唔俾|唔畀|cancel|never ?mind|forget it|don't (pay|send|do|want)|do not (pay|send)|stop|no thanks|i changed my mind|changed my mind/;
const VOUCHER = /券|劵|卷(?!烟)|优惠|补贴|惠民|消费金|福利|voucher|coupon|e-?voucher|rebate|subsid/;
const HISTORY_STRONG = /记录|明细|流水|账目|history|transactions|statement/;
const TRANSFER_VERB =
  /过.{1,8}(蚊|块|元|钱).{0,2}俾|(钱|钞票|票子)(转)?给|(整|弄|拿|寄)(点|些)?儿?(钱|钞票)|赚(?!钱|了)|转账|转帐|转钱|转款|转过去|转给|转|汇款|汇钱|汇|打钱|打款|打个钱|打点钱|寄钱|过数|转数|俾钱|畀钱|给.{1,8}钱|发红包|红包|send|transfer|wire|give|pay (my|our|him|her)|e-?transfer/;
const CALL =
  /打电话|打给|打俾|打个电话|电话给|通电话|视频|联系|联络|叫|让|找|喊|请|问问|问一下|搵|揾|帮手|帮忙|帮我|帮下我|过来|来帮|call|ring|phone|contact|ask|get|need|help|text|message|video/;
const HELP =
  /啷个|咋个(用|弄|整|搞|办)|哪能|怎么个|点样用|点样搞|点样做|点样|怎么用|怎么弄|咋弄|咋整|咋用|怎么办|怎么搞|怎么操作|(?<!会)不会|不懂|不知道|弄不来|搞不懂|搞不来|看不懂|帮帮我|帮助|求助|救命|点用|点搞|点算|唔识|唔知|唔明|help|don't know|do not know|don't understand|how do i|how does|how to|what (do|should|can) i do|confused|stuck|lost|what can you do|what can i say/;
const BALANCE =
  /好多钱|还有好多|卡头|卡里头|有冇钱|仲有钱|有无钱|out of money|run out|broke|余额|有钱没|有钱吗|有没有钱|还有钱|查.{0,4}钱|我的钱|left in my|in my (wallet|account)|结余|还有多少|剩多少|剩下多少|还剩|剩几多|仲有几多|仲剩|有多少钱|有几多钱|几多钱|多少钱|钱够|够不够|户口|账户里|卡里|卡上|钱包里|balance|how much (money )?(do i have|have i got|is left|is there|i have|left|in my)|money (left|do i have)|what'?s in my (account|wallet)|funds|how much.*(account|wallet|card)/;
const HISTORY =
  /(用|花|使)了?(好多|不少|很多)|花多少|用多少|使多少|花几多|用几多|(前两天|前几天|这几天|昨天|上周|上礼拜|上个月|这个月|今年|以前|之前|最近).{0,6}(交|付|花|用|买|缴|俾|使)(了|过|咗).{0,3}(啥|什么|多少|哪些|些|几|咩|乜)|花了|花哪|花到哪|去哪了|where did .* go|花钱|花掉|花咗|用了多少|用掉|用咗|使咗|洗咗|支出|消费|记录|纪录|明细|流水|交易|账目|最近.{0,4}(交|付|花|用|转|买|缴)(了|过)|(上个月|这个月|本月|上月|前几天|昨天|今年).{0,6}(交|付|花|用|转|买|缴)(了|过)(多少|哪些|什么|啥|些|几)|spent|spend|spending|history|transactions|statement|past payments|recent payments|recent (activity|purchases)|what (did|have) i (pay|paid|buy|bought|spend|spent)|where did my money go|what went out|payments i made|last payments/;
const BILLS_QUESTION =
  /伐$|伐 |不啦$|^did|go through|gone through|went through|吗|没有|没交|了没|交没|缴没|多少|几多|怎么这么|咋这么|这么贵|那么贵|咁贵|太贵|好贵|贵了|贵|涨|为什么|为啥|点解|查|看看|看一下|看下|瞧瞧|睇下|睇睇|有没有|有冇|是不是|系唔系|欠|到期|什么时候|几时|啥时候|哪些|哪几|什么费|咩费|啲咩|未交|咗未|什么|啥|咩|乜|未啊|使唔使|要不要|需不需要|用不用|呢$|\?|how much|did i|have i|has .* been|is (my|the) .*(paid|due)|was .* paid|when|check|owe|due|outstanding|what bills|which bills|any bills|show (me )?(my )?bills|list|why is|so (high|expensive)|expensive|too much|do i have (any )?bills|unpaid|what.*(need|have) to pay|are there/;
/** An explicit "please pay it", which outweighs 还没交 earlier in the sentence. */
const PAY_REQUEST =
  /帮我(把.{0,10})?(交|缴|付|充)|替我(交|缴|付)|给我(交|缴|付|充)|(交|缴|付|充)(了|掉|上)?(吧|一下吧)|please pay|pay it|can you pay|could you pay/;
const ENDS_AS_QUESTION =
  /(伐|吗|嘛|么|没有|没|了没|未|咗未|呢|\?)\s*$|^(did|have|has|is|was|when|how)\b/;
const CORRECTION =
  /\sno\s+(?=\S)|不对|不是不是|错了|说错了|应该是|我是说|哦不|唔系|唔啱|i mean|no wait|sorry,? i meant?|actually/g;
/** After a self-correction (交电费，不对，是水费), what follows it counts. */
function afterCorrection(s: string): number {
  let end = -1;
  for (const m of s.matchAll(CORRECTION)) end = m.index + m[0].length;
  return end;
}
const VOCATIVE = new RegExp(
  `^\\s*(${KIN.source}|小伙子|姑娘|小姑娘|同志|师傅|老师|安心|小安|dear|hey anxin|anxin)儿?\\s+(?=\\S)`,
);

/** Everyday words that share a bill's name but are no bill (浇水, turn on the TV, the phone rings). */
const OUT_OF_DOMAIN =
  /浇水|浇花|打开电视|开电视|关电视|看电视|电视节目|电话响|接电话|接一下电话|停电|停水|漏水|turn (on|off) the|water the|watering|is ringing|answer the phone|pick up the phone|power cut|power outage/;

const PAY_VERB = /交|缴|付|充|续|买|俾|畀|pay|top ?up|recharge|settle|add credit|renew|buy/;
const GENERIC_BILL =
  /\bowe\b|\bdue\b|费|账单|单(?=要|未|呀|啊)|要交|要缴|该交|得交|要俾|水电煤|bills?\b|utilit|fees?\b|charges/;

/** Shorter spans the speaker uses for "I want to pay", when no bill was named. */
const PAY_GENERIC = /交费|缴费|交钱|缴钱|交账单|pay (my |the )?bills?|pay a bill|pay something/;

const MAKE_LARGER =
  /大返?一?(点|些|啲|哈|下)|放大|调大|整大|变大|弄大|加大|开大|搞大|改大|大一?点|大些|大啲|大一些|大的|bigger|larger|increase|enlarge|zoom in|make (it|the text|the font|them|the words|the letters) big/;
const MAKE_SMALLER =
  /(小|细)返?一?(点|些|啲|哈|下)|缩小|调小|整小|整细|变小|弄小|改小|搞小|小一?点|小些|小啲|细啲|细一?点|细的|smaller|decrease|reduce|shrink|zoom out|make (it|the text|the font) small/;
const LOOKS_SMALL =
  /小|细|看不清|看不见|看不到|睇唔清|睇唔到|small|tiny|can't see|cannot see|hard to (see|read)|can't read/;
const LOOKS_BIG = /大|big|large|huge/;

/** An explicit "make it bigger/smaller" wins; otherwise a complaint (字太小) asks for the opposite. */
function direction(s: string): Direction | undefined {
  const l = s.search(MAKE_LARGER);
  const m = s.search(MAKE_SMALLER);
  if (l >= 0 || m >= 0) {
    if (l < 0) return 'smaller';
    if (m < 0) return 'larger';
    return l < m ? 'larger' : 'smaller';
  }
  if (LOOKS_SMALL.test(s)) return 'larger';
  if (LOOKS_BIG.test(s)) return 'smaller';
  return undefined;
}

function cleanPerson(raw: string, en: boolean): string {
  let p = raw.trim();
  for (let k = 0; k < 3; k++) {
    const before = p;
    p = p.replace(POSSESSIVE, '').replace(TRAILING, '').trim();
    if (en) p = p.replace(/^(to|for|from|with|a|an)\s+/, '').trim();
    if (p === before) break;
  }
  return p;
}

/** The person a transfer goes to, as said. */
function payee(f: Folded, amount?: { start: number; end: number }): string | undefined {
  // Work on the text with the amount and fillers taken out, keeping the map to the words said.
  let g = f;
  if (amount) {
    // one '#' where the amount was
    g = {
      ...f,
      s: f.s.slice(0, amount.start) + '#' + f.s.slice(amount.end),
      map: [...f.map.slice(0, amount.start), f.map[amount.start] ?? 0, ...f.map.slice(amount.end)],
    };
  }
  g = drop(
    g,
    /帮我|帮忙|麻烦|请|唔该|我想|我要|想|要|一下|\b(please|i want to|i'd like to|i would like to|can you|could you)\b/,
  );
  g = drop(g, FILLERS_ZH);
  const s = g.s;
  const en = /[a-z]/.test(s) && !/\p{Script=Han}/u.test(s);
  const pick = (start: number, end: number) => {
    const text = cleanPerson(said(g, start, end), en);
    return text && !/^[#\s]*$/.test(text) ? text : undefined;
  };
  if (en) {
    const m =
      /\b(?:to|for)\s+((?:my |our |the )?[a-z' ]+?)(?=\s*(?:#|now|please|today|account|$|\bfrom\b|\bfor\b|\bno\b|\bsorry\b))/.exec(
        s,
      ) ?? /\b(?:send|give|transfer|pay|wire)\s+((?:my |our )?[a-z']+(?: [a-z']+)?)\s*#/.exec(s);
    const who = m?.[1];
    if (m && who) {
      const start = m.index + m[0].indexOf(who);
      const name = pick(start, start + who.length);
      if (name && !/^(money|cash|it|some|some money|them|him|her|me)$/.test(name.toLowerCase()))
        return name;
    }
    const kin = KIN.exec(s);
    return kin ? pick(kin.index, kin.index + kin[0].length) : undefined;
  }
  const patterns: RegExp[] = [
    // 给孙子转两百 / 向李娜转账 / 帮女儿打钱
    /(?:给|給|跟|向|同|对|俾|畀|帮|往)\s*([^#\s给转汇打寄发过钱俾]{1,8}?)\s*(?=转|赚|汇|打|寄|发|过数|#|钱|$)/,
    // 转两百给孙子 / 转账给我孙子一千元 / 俾五百蚊我个仔
    /(?:转账|转帐|转钱|转款|转|汇款|汇钱|汇|打钱|打款|寄|过|过数|发)\s*#?\s*(?:给|俾|畀|到|去)\s*([^#\s]{1,8}?)\s*(?=#|$|的?(?:账户|户口|卡))/,
    /(?:俾|畀)\s*#\s*([^#\s]{1,8}?)\s*$/,
    // 孙子那边转两百 / 女儿转一百
    /^([^#\s给转]{1,6}?)(?:那边|那里|那儿)?\s*(?=转|汇|打钱|#)/,
  ];
  for (const re of patterns) {
    const m = re.exec(s);
    const who = m?.[1];
    if (m && who) {
      const start = m.index + m[0].indexOf(who);
      const name = pick(start, start + who.length);
      if (name && !/^(钱|我|你|他|她|它|一下|点|个)$/.test(name)) return name;
    }
  }
  const kin = KIN.exec(s);
  return kin ? pick(kin.index, kin.index + kin[0].length) : undefined;
}

/** The family member asked for, as said. */
function member(f0: Folded): string | undefined {
  const f = drop(f0, /一下|一声|一哈/);
  const s = f.s;
  const en = /[a-z]/.test(s) && !/\p{Script=Han}/u.test(s);
  if (en) {
    const kin = KIN.exec(s);
    if (kin) return cleanPerson(said(f, kin.index, kin.index + kin[0].length), true);
    const m = /\b(?:call|ring|phone|contact|ask|get|text|message)\s+([a-z]+)/.exec(s);
    const who = m?.[1];
    if (m && who && !/^(someone|somebody|anyone|help|for|me|the|a|my)$/.test(who)) {
      const start = m.index + m[0].indexOf(who);
      return said(f, start, start + who.length);
    }
    return undefined;
  }
  const m =
    /(?:叫|让|找|喊|请|联系|联络|搵|揾|问|打电话给|打个电话给|打给|打俾|电话给|给|同|跟|call)\s*((?:我的|我个|我嘅|我|个|俺的|俺|阿拉)?\s*[^\s帮打来过问返]{1,6}?)\s*(?=帮|打|来|嚟|返|过来|弄|搞|整|教|看|睇|问|处理|操作|一下|下|吧|$|的电话|电话|视频|啦)/.exec(
      s,
    );
  if (m && m[1]) {
    const start = m.index + m[0].indexOf(m[1]);
    const name = cleanPerson(said(f, start, start + m[1].length), false);
    if (name && !/^(人|谁|我|你|他|她|一下|下|个人)$/.test(name)) return name;
  }
  const kin = KIN.exec(s);
  if (kin) return cleanPerson(said(f, kin.index, kin.index + kin[0].length), false);
  return undefined;
}

const PERSON_EN =
  /\b(to|give|send|transfer|wire|pay)\s+(my|our)\s+[a-z]|\b(give|send|transfer|wire)\s+(?!money|it\b|the\b|a\b|some|cash)[a-z]+|\bto\s+(?!the\b|pay|a\b|my (phone|bill|account))[a-z]+$/;

function classify(f: Folded, s: string, locale: VoiceLocale): Intent {
  const c = core(s);
  // 1. a short answer (嗯 and 嗯呐 are answers, not fillers, when said alone)
  if (allOf(CONFIRM_WORD, s.trim())) return 'confirm';
  if (!c) return 'unknown';
  if (allOf(CONFIRM_WORD, c)) return 'confirm';
  if (allOf(CANCEL_WORD, c)) return 'cancel';
  if (/^(什么|啥|咩|乜|what|huh|sorry|eh)$/.test(c)) return 'repeat';
  if (OUT_OF_DOMAIN.test(s)) return 'unknown';
  const bill = billType(s);
  const t = term(s);
  if (
    /^(call|phone|ring|text|video ?call|facetime)\s+(?!center|centre|the\b|a\b|an\b|bill|number|taxi|cab|uber|ambulance|police|doctor|9)/.test(
      c,
    )
  )
    return 'family_help';
  if (ONLY_TO_PERSON.test(c)) return 'transfer';
  // 2. explaining a word beats doing the thing (付款码是什么意思)
  const mine = t === 'balance' && /\b(my|our)\b|我的|我还|还有|还剩|多少|几多/.test(s);
  if (EXPLAIN.test(s) && t && !mine) return 'explain';
  if (/^(explain|解释|说明一下)/.test(c)) return 'explain';
  if (t === 'scam') return 'explain';
  if (t && /^(what'?s|what is|what are|whats|what does|what do)\b/.test(c) && !/\bmy\b/.test(c))
    return 'explain';
  if (t && c.length <= 6 && /^(这个)?\S+(是)?$/.test(c) && /是$|\?$/.test(s.trim()))
    return 'explain';
  // 3. learning, text size, reading, scanning, going somewhere
  if (ASK_PERSON.test(s) || ASK_NAMED.test(s)) return 'family_help';
  if (LESSONS.test(s) && !/学校|学生|同学|大学|中学|小学|考学|上学/.test(s)) return 'lessons';
  if (
    TEXT_SIZE_SUBJECT.test(s) &&
    direction(s) &&
    !/声音|音量|大声|小声|volume|louder|quieter/.test(s)
  )
    return 'text_size';
  if (REPEAT.test(s) && !bill && !/转|交|付/.test(s)) return 'repeat';
  if (CANCEL_ANY.test(s)) return 'cancel';
  if (READ.test(s) && !/账单|记录|明细|read (my|the) (bill|statement)/.test(s))
    return 'read_screen';
  if (SCAN.test(s)) return LET_SCAN.test(s) ? 'show_pay_code' : 'scan_code';
  if (GO_HOME.test(s) && !/\bhome (phone|broadband|internet)\b/.test(s)) return 'go_home';
  if (
    EXPLAIN.test(s) &&
    /^(这|这个|那个|它|this|that|it)?\s*(是)?(什么意思|啥意思|咩意思|mean)/.test(c)
  )
    return 'explain';
  // 4. people: money to someone, or someone to help
  const person =
    KIN.test(s) || /(给|俾|畀|向)[\p{Script=Han}]{2,3}(转|汇|打钱)/u.test(s) || PERSON_EN.test(s);
  const amount = pickAmount(s);
  if (/够不够|够唔够|够吗|够唔够|enough money|have enough/.test(s)) return 'check_balance';
  if (!amount && HISTORY_STRONG.test(s) && !VOUCHER.test(s)) return 'history';
  if (
    !bill &&
    TRANSFER_VERB.test(s) &&
    (person || amount || /转账|转钱|汇款|汇钱|打钱|transfer|send money/.test(s))
  ) {
    if (!/(打电话|电话|call|ring|phone|视频)/.test(s) || amount) return 'transfer';
  }
  if (!bill && person && amount && /给|俾|畀|to\b|give|send/.test(s)) return 'transfer';
  if (
    !bill &&
    amount &&
    /\bpay\s+(?!the\b|a\b|an\b|for\b|at\b|by\b|with\b|it\b|now\b|bills?\b|my\b|our\b)[a-z]+/.test(s)
  )
    return 'transfer';
  if (person && CALL.test(s) && !amount) {
    if (!bill || /叫|让|找|请|搵|揾|ask|get|call|帮手/.test(s.slice(0, s.search(KIN) + 1))) {
      if (!bill || !/^[^，,\s]{0,4}(闺女|儿子|女儿|孙子|孩子)\s/.test(s)) return 'family_help';
    }
  }
  if (!bill && /家人|家里人|屋企人|family|someone to help|somebody to help/.test(s) && CALL.test(s))
    return 'family_help';
  // 5. vouchers before history (消费券 is not 消费)
  if (VOUCHER.test(s) && !bill) return 'vouchers';
  // 6. bills
  if (
    HISTORY.test(s) &&
    !/券/.test(s) &&
    !(bill && /多少|几多|how much/.test(s) && !/花|spent|记录|history/.test(s))
  )
    return 'history';
  if (bill || GENERIC_BILL.test(s)) {
    const asks = BILLS_QUESTION.test(c) && !(PAY_REQUEST.test(s) && !ENDS_AS_QUESTION.test(c));
    const pays = PAY_VERB.test(s) && !/交了没|交了吗|交咗未|付了没|缴了没/.test(s);
    if (asks && !(amount && pays && !/多少|几多|how much/.test(s))) {
      if (bill || /费|账单|bills?|pay|交|缴|owe|due/.test(s)) return 'check_bills';
    }
    if (bill) return 'pay_bill';
    if (PAY_GENERIC.test(s) || (PAY_VERB.test(s) && GENERIC_BILL.test(s))) return 'pay_bill';
  }
  if (PAY_CODE.test(s) && !/交.{0,3}费/.test(s)) return 'show_pay_code';
  if (
    /付钱|付款|给钱|俾钱|畀钱|买东西|pay (for|here|now|the (shop|store))|i want to pay$|^pay$/.test(
      s,
    )
  )
    return 'show_pay_code';
  if (BALANCE.test(s)) return 'check_balance';
  if (t === 'balance') return 'check_balance';
  if (PAY_GENERIC.test(s)) return 'pay_bill';
  if (GO_BACK.test(s)) return 'go_back';
  if (HELP.test(s)) return 'help';
  if (REPEAT.test(s)) return 'repeat';
  if (person && CALL.test(s)) return 'family_help';
  if (EXPLAIN.test(s) && t) return 'explain';
  // a reply with a little more around it (好的，就这样吧 / yes that's right)
  if (/^(对|好|行|可以|是|确定|确认|ok|okay|yes|yeah|sure|係|得)/.test(c) && c.length <= 8)
    return 'confirm';
  if (/^(不|别|no\b|nope|唔)/.test(c) && c.length <= 6) return 'cancel';
  void locale;
  return 'unknown';
}

function shift<T extends { start: number; end: number }>(a: T | undefined, by: number) {
  return a && { ...a, start: a.start + by, end: a.end + by };
}

/**
 * Parses one utterance (a recognizer's transcript or typed text) into an intent and slots.
 * The same function serves the app and `npm run voice:parse`.
 */
export function parseUtterance(text: string, locale: VoiceLocale): ParseResult {
  const f0 = fold(String(text ?? '').slice(0, 500));
  const canon = canonical(f0.s);
  const f: Folded = { ...f0, s: canon, heard: { plain: f0.s, canon } };
  const s = f.s.replace(/\s+/g, ' ');
  let norm: Folded = s.length === f.s.length ? { ...f, s } : f;
  // 闺女，帮我把水费交了 / 老伴儿，还有多少钱: a name said first only addresses someone
  const voc = VOCATIVE.exec(norm.s);
  if (voc) norm = drop(norm, new RegExp(`^.{${voc[0].length}}`));
  let intent = classify(norm, norm.s, locale);
  if (intent === 'unknown') {
    // 看下 余 额: a recognizer (or a slow speaker) put spaces inside words
    const joined = drop(norm, /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
    if (joined.s !== norm.s) {
      const again = classify(joined, joined.s, locale);
      if (again !== 'unknown') {
        norm = joined;
        intent = again;
      }
    }
  }
  const slots: Slots = {};
  const fix = afterCorrection(norm.s);
  const amount =
    (fix > 0 ? pickAmount(norm.s.slice(fix)) : undefined) !== undefined
      ? shift(pickAmount(norm.s.slice(fix)), fix)
      : pickAmount(norm.s);
  switch (intent) {
    case 'pay_bill':
    case 'check_bills': {
      const b = (fix > 0 ? billType(norm.s.slice(fix)) : undefined) ?? billType(norm.s);
      if (b) slots.billType = b;
      if (amount && intent === 'pay_bill') slots.amount = amount.amount;
      break;
    }
    case 'transfer': {
      const p = payee(norm, amount);
      if (p) slots.payee = p;
      if (amount) slots.amount = amount.amount;
      break;
    }
    case 'family_help': {
      const m = member(norm);
      if (m) slots.member = m;
      break;
    }
    case 'explain': {
      const t = term(norm.s);
      if (t) slots.term = t;
      break;
    }
    case 'text_size':
      slots.direction = direction(norm.s) ?? 'larger';
      break;
  }
  return { intent, slots };
}
