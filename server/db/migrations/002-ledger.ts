import { sql, type Kysely, type Migration } from 'kysely';

// The wallet core: a double-entry ledger, idempotency keys, billers and bills, contacts,
// payments, transfers, receipts, the keys that sign receipts, and the access audit log.
export const ledger: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('ledger_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('users.id'))
      .addColumn('balance', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      // A wallet can never go below zero: enforced by the database, not only by code.
      .addCheckConstraint('ledger_wallet_not_negative', sql`kind <> 'wallet' or balance >= 0`)
      .addCheckConstraint('ledger_kind', sql`kind in ('wallet', 'biller', 'bank', 'voucher_pool')`)
      .execute();

    await db.schema
      .createTable('ledger_transactions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('wallet_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
      .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('memo', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('ltx_wallet_time')
      .on('ledger_transactions')
      .columns(['wallet_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('ledger_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('transaction_id', 'text', (c) => c.notNull().references('ledger_transactions.id'))
      .addColumn('ledger_account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
      .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount <> 0`))
      .execute();
    await db.schema
      .createIndex('lentry_tx')
      .on('ledger_entries')
      .column('transaction_id')
      .execute();
    await db.schema
      .createIndex('lentry_account')
      .on('ledger_entries')
      .column('ledger_account_id')
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_pk', ['user_id', 'key'])
      .execute();
    await db.schema
      .createIndex('idem_created')
      .on('idempotency_keys')
      .column('created_at')
      .execute();

    await db.schema
      .createTable('billers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('bill_type', 'text', (c) => c.notNull())
      .addColumn('name_zh', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('ledger_account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
      .addColumn('public_key', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('bill_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('biller_id', 'text', (c) => c.notNull().references('billers.id'))
      .addColumn('customer_number', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('bill_account_once', ['account_id', 'biller_id', 'customer_number'])
      .execute();

    await db.schema
      .createTable('bills')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('biller_id', 'text', (c) => c.notNull().references('billers.id'))
      .addColumn('customer_number', 'text', (c) => c.notNull())
      .addColumn('notice_number', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('due', 'paid')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('bill_notice_once', ['account_id', 'biller_id', 'notice_number'])
      .execute();
    await db.schema
      .createIndex('bills_account_status')
      .on('bills')
      .columns(['account_id', 'status'])
      .execute();

    await db.schema
      .createTable('payments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // A bill is paid at most once: the database refuses a second payment row.
      .addColumn('bill_id', 'text', (c) => c.notNull().unique().references('bills.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('transaction_id', 'text', (c) => c.notNull().references('ledger_transactions.id'))
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('contacts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('payee_account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('relation', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contacts_account').on('contacts').column('account_id').execute();

    await db.schema
      .createTable('transfers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
      .addColumn('transaction_id', 'text', (c) => c.notNull().references('ledger_transactions.id'))
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('receipts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('transaction_id', 'text', (c) =>
        c.notNull().unique().references('ledger_transactions.id'),
      )
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('signing_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('access_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint')
      .addColumn('allowed', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('access_log_account')
      .on('access_log')
      .columns(['account_id', 'created_at'])
      .execute();
  },
};
