"""Contains all the data models used in inputs/outputs"""

from .account_create import AccountCreate
from .account_create_account_type import AccountCreateAccountType
from .account_create_detail_account_type import AccountCreateDetailAccountType
from .account_record import AccountRecord
from .account_record_account_type import AccountRecordAccountType
from .account_record_cash_flow_classification import AccountRecordCashFlowClassification
from .account_record_detail_account_type import AccountRecordDetailAccountType
from .account_record_special_account_type import AccountRecordSpecialAccountType
from .account_ref import AccountRef
from .account_ref_input import AccountRefInput
from .account_update import AccountUpdate
from .account_update_account_type import AccountUpdateAccountType
from .accountant_copy import AccountantCopy
from .accounts_page import AccountsPage
from .additional_contact_ref import AdditionalContactRef
from .additional_contact_ref_input import AdditionalContactRefInput
from .additional_notes_input import AdditionalNotesInput
from .additional_notes_mod import AdditionalNotesMod
from .additional_notes_ret import AdditionalNotesRet
from .address import Address
from .address_block import AddressBlock
from .address_input import AddressInput
from .ap_account_ref import APAccountRef
from .ap_account_ref_input import APAccountRefInput
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_created_status import ApiKeyCreatedStatus
from .api_key_list import ApiKeyList
from .api_key_out import ApiKeyOut
from .api_key_out_status import ApiKeyOutStatus
from .applied_to_txn_add import AppliedToTxnAdd
from .applied_to_txn_mod import AppliedToTxnMod
from .applied_to_txn_ret import AppliedToTxnRet
from .applied_to_txn_ret_txn_type import AppliedToTxnRetTxnType
from .apply_check_to_txn_add import ApplyCheckToTxnAdd
from .apply_check_to_txn_mod import ApplyCheckToTxnMod
from .ar_account_ref import ARAccountRef
from .ar_account_ref_input import ARAccountRefInput
from .asset_account_ref import AssetAccountRef
from .asset_account_ref_input import AssetAccountRefInput
from .bank_account_ref import BankAccountRef
from .bank_account_ref_input import BankAccountRefInput
from .bar_code_input import BarCodeInput
from .bill_address import BillAddress
from .bill_address_block import BillAddressBlock
from .bill_address_input import BillAddressInput
from .bill_create import BillCreate
from .bill_payment_check_create import BillPaymentCheckCreate
from .bill_payment_check_record import BillPaymentCheckRecord
from .bill_payment_check_update import BillPaymentCheckUpdate
from .bill_payments_page import BillPaymentsPage
from .bill_record import BillRecord
from .bill_update import BillUpdate
from .billing_rate_ref import BillingRateRef
from .billing_rate_ref_input import BillingRateRefInput
from .bills_page import BillsPage
from .cash_back_info_add import CashBackInfoAdd
from .cash_back_info_mod import CashBackInfoMod
from .cash_back_info_ret import CashBackInfoRet
from .check_create import CheckCreate
from .check_record import CheckRecord
from .check_update import CheckUpdate
from .checks_page import ChecksPage
from .class_create import ClassCreate
from .class_record import ClassRecord
from .class_ref import ClassRef
from .class_ref_input import ClassRefInput
from .class_update import ClassUpdate
from .classes_page import ClassesPage
from .cogs_account_ref import COGSAccountRef
from .cogs_account_ref_input import COGSAccountRefInput
from .company_address_block_for_customer import CompanyAddressBlockForCustomer
from .company_address_for_customer import CompanyAddressForCustomer
from .company_record import CompanyRecord
from .company_record_first_month_fiscal_year import CompanyRecordFirstMonthFiscalYear
from .company_record_first_month_income_tax_year import CompanyRecordFirstMonthIncomeTaxYear
from .company_record_tax_form import CompanyRecordTaxForm
from .contacts_input import ContactsInput
from .contacts_mod import ContactsMod
from .contacts_ret import ContactsRet
from .credit_card_charge_create import CreditCardChargeCreate
from .credit_card_charge_record import CreditCardChargeRecord
from .credit_card_charge_update import CreditCardChargeUpdate
from .credit_card_charges_page import CreditCardChargesPage
from .credit_card_credit_create import CreditCardCreditCreate
from .credit_card_credit_record import CreditCardCreditRecord
from .credit_card_credit_update import CreditCardCreditUpdate
from .credit_card_credits_page import CreditCardCreditsPage
from .credit_card_info import CreditCardInfo
from .credit_card_info_input import CreditCardInfoInput
from .credit_card_txn_info import CreditCardTxnInfo
from .credit_card_txn_info_input import CreditCardTxnInfoInput
from .credit_card_txn_info_mod import CreditCardTxnInfoMod
from .credit_card_txn_input_info import CreditCardTxnInputInfo
from .credit_card_txn_input_info_credit_card_txn_type import CreditCardTxnInputInfoCreditCardTxnType
from .credit_card_txn_input_info_input import CreditCardTxnInputInfoInput
from .credit_card_txn_input_info_input_credit_card_txn_type import CreditCardTxnInputInfoInputCreditCardTxnType
from .credit_card_txn_input_info_input_transaction_mode import CreditCardTxnInputInfoInputTransactionMode
from .credit_card_txn_input_info_mod import CreditCardTxnInputInfoMod
from .credit_card_txn_input_info_mod_credit_card_txn_type import CreditCardTxnInputInfoModCreditCardTxnType
from .credit_card_txn_input_info_mod_transaction_mode import CreditCardTxnInputInfoModTransactionMode
from .credit_card_txn_input_info_transaction_mode import CreditCardTxnInputInfoTransactionMode
from .credit_card_txn_result_info import CreditCardTxnResultInfo
from .credit_card_txn_result_info_avs_street import CreditCardTxnResultInfoAvsStreet
from .credit_card_txn_result_info_avs_zip import CreditCardTxnResultInfoAvsZip
from .credit_card_txn_result_info_card_security_code_match import CreditCardTxnResultInfoCardSecurityCodeMatch
from .credit_card_txn_result_info_input import CreditCardTxnResultInfoInput
from .credit_card_txn_result_info_input_avs_street import CreditCardTxnResultInfoInputAvsStreet
from .credit_card_txn_result_info_input_avs_zip import CreditCardTxnResultInfoInputAvsZip
from .credit_card_txn_result_info_input_card_security_code_match import (
    CreditCardTxnResultInfoInputCardSecurityCodeMatch,
)
from .credit_card_txn_result_info_input_payment_status import CreditCardTxnResultInfoInputPaymentStatus
from .credit_card_txn_result_info_mod import CreditCardTxnResultInfoMod
from .credit_card_txn_result_info_mod_avs_street import CreditCardTxnResultInfoModAvsStreet
from .credit_card_txn_result_info_mod_avs_zip import CreditCardTxnResultInfoModAvsZip
from .credit_card_txn_result_info_mod_card_security_code_match import CreditCardTxnResultInfoModCardSecurityCodeMatch
from .credit_card_txn_result_info_mod_payment_status import CreditCardTxnResultInfoModPaymentStatus
from .credit_card_txn_result_info_payment_status import CreditCardTxnResultInfoPaymentStatus
from .credit_memo_create import CreditMemoCreate
from .credit_memo_line_add import CreditMemoLineAdd
from .credit_memo_line_group_add import CreditMemoLineGroupAdd
from .credit_memo_line_group_mod import CreditMemoLineGroupMod
from .credit_memo_line_group_ret import CreditMemoLineGroupRet
from .credit_memo_line_mod import CreditMemoLineMod
from .credit_memo_line_ret import CreditMemoLineRet
from .credit_memo_record import CreditMemoRecord
from .credit_memo_update import CreditMemoUpdate
from .credit_memos_page import CreditMemosPage
from .currency_ref import CurrencyRef
from .currency_ref_input import CurrencyRefInput
from .customer_create import CustomerCreate
from .customer_create_delivery_method import CustomerCreateDeliveryMethod
from .customer_create_job_status import CustomerCreateJobStatus
from .customer_create_preferred_delivery_method import CustomerCreatePreferredDeliveryMethod
from .customer_create_sales_tax_country import CustomerCreateSalesTaxCountry
from .customer_msg_ref import CustomerMsgRef
from .customer_msg_ref_input import CustomerMsgRefInput
from .customer_record import CustomerRecord
from .customer_record_delivery_method import CustomerRecordDeliveryMethod
from .customer_record_job_status import CustomerRecordJobStatus
from .customer_record_preferred_delivery_method import CustomerRecordPreferredDeliveryMethod
from .customer_record_sales_tax_country import CustomerRecordSalesTaxCountry
from .customer_ref import CustomerRef
from .customer_ref_input import CustomerRefInput
from .customer_sales_tax_code_ref import CustomerSalesTaxCodeRef
from .customer_sales_tax_code_ref_input import CustomerSalesTaxCodeRefInput
from .customer_type_ref import CustomerTypeRef
from .customer_type_ref_input import CustomerTypeRefInput
from .customer_update import CustomerUpdate
from .customer_update_delivery_method import CustomerUpdateDeliveryMethod
from .customer_update_job_status import CustomerUpdateJobStatus
from .customer_update_preferred_delivery_method import CustomerUpdatePreferredDeliveryMethod
from .customer_update_sales_tax_country import CustomerUpdateSalesTaxCountry
from .customers_page import CustomersPage
from .data_ext import DataExt
from .data_ext_input import DataExtInput
from .data_ext_ret import DataExtRet
from .data_ext_ret_data_ext_type import DataExtRetDataExtType
from .deposit_create import DepositCreate
from .deposit_line_add import DepositLineAdd
from .deposit_line_mod import DepositLineMod
from .deposit_line_ret import DepositLineRet
from .deposit_line_ret_txn_type import DepositLineRetTxnType
from .deposit_record import DepositRecord
from .deposit_to_account_ref import DepositToAccountRef
from .deposit_to_account_ref_input import DepositToAccountRefInput
from .deposit_update import DepositUpdate
from .deposits_page import DepositsPage
from .discount_account_ref import DiscountAccountRef
from .discount_account_ref_input import DiscountAccountRefInput
from .discount_class_ref import DiscountClassRef
from .discount_class_ref_input import DiscountClassRefInput
from .discount_line_add import DiscountLineAdd
from .discount_line_ret import DiscountLineRet
from .earnings import Earnings
from .earnings_input import EarningsInput
from .emergency_contacts import EmergencyContacts
from .emergency_contacts_input import EmergencyContactsInput
from .employee_address import EmployeeAddress
from .employee_address_input import EmployeeAddressInput
from .employee_create import EmployeeCreate
from .employee_create_disabled import EmployeeCreateDisabled
from .employee_create_employee_type import EmployeeCreateEmployeeType
from .employee_create_ethnicity import EmployeeCreateEthnicity
from .employee_create_exempt import EmployeeCreateExempt
from .employee_create_gender import EmployeeCreateGender
from .employee_create_key_employee import EmployeeCreateKeyEmployee
from .employee_create_military_status import EmployeeCreateMilitaryStatus
from .employee_create_on_file import EmployeeCreateOnFile
from .employee_create_part_or_full_time import EmployeeCreatePartOrFullTime
from .employee_create_us_citizen import EmployeeCreateUsCitizen
from .employee_create_us_veteran import EmployeeCreateUsVeteran
from .employee_payroll_info import EmployeePayrollInfo
from .employee_payroll_info_input import EmployeePayrollInfoInput
from .employee_payroll_info_input_pay_period import EmployeePayrollInfoInputPayPeriod
from .employee_payroll_info_input_use_time_data_to_create_paychecks import (
    EmployeePayrollInfoInputUseTimeDataToCreatePaychecks,
)
from .employee_payroll_info_mod import EmployeePayrollInfoMod
from .employee_payroll_info_mod_pay_period import EmployeePayrollInfoModPayPeriod
from .employee_payroll_info_mod_use_time_data_to_create_paychecks import (
    EmployeePayrollInfoModUseTimeDataToCreatePaychecks,
)
from .employee_payroll_info_pay_period import EmployeePayrollInfoPayPeriod
from .employee_payroll_info_use_time_data_to_create_paychecks import EmployeePayrollInfoUseTimeDataToCreatePaychecks
from .employee_record import EmployeeRecord
from .employee_record_disabled import EmployeeRecordDisabled
from .employee_record_employee_type import EmployeeRecordEmployeeType
from .employee_record_ethnicity import EmployeeRecordEthnicity
from .employee_record_exempt import EmployeeRecordExempt
from .employee_record_gender import EmployeeRecordGender
from .employee_record_key_employee import EmployeeRecordKeyEmployee
from .employee_record_military_status import EmployeeRecordMilitaryStatus
from .employee_record_on_file import EmployeeRecordOnFile
from .employee_record_part_or_full_time import EmployeeRecordPartOrFullTime
from .employee_record_us_citizen import EmployeeRecordUsCitizen
from .employee_record_us_veteran import EmployeeRecordUsVeteran
from .employee_update import EmployeeUpdate
from .employee_update_disabled import EmployeeUpdateDisabled
from .employee_update_employee_type import EmployeeUpdateEmployeeType
from .employee_update_ethnicity import EmployeeUpdateEthnicity
from .employee_update_exempt import EmployeeUpdateExempt
from .employee_update_key_employee import EmployeeUpdateKeyEmployee
from .employee_update_military_status import EmployeeUpdateMilitaryStatus
from .employee_update_on_file import EmployeeUpdateOnFile
from .employee_update_part_or_full_time import EmployeeUpdatePartOrFullTime
from .employee_update_us_citizen import EmployeeUpdateUsCitizen
from .employee_update_us_veteran import EmployeeUpdateUsVeteran
from .employees_page import EmployeesPage
from .entity_ref import EntityRef
from .entity_ref_input import EntityRefInput
from .error_detail import ErrorDetail
from .error_out import ErrorOut
from .estimate_create import EstimateCreate
from .estimate_line_add import EstimateLineAdd
from .estimate_line_add_option_for_price_rule_conflict import EstimateLineAddOptionForPriceRuleConflict
from .estimate_line_group_add import EstimateLineGroupAdd
from .estimate_line_group_mod import EstimateLineGroupMod
from .estimate_line_group_ret import EstimateLineGroupRet
from .estimate_line_mod import EstimateLineMod
from .estimate_line_mod_option_for_price_rule_conflict import EstimateLineModOptionForPriceRuleConflict
from .estimate_line_ret import EstimateLineRet
from .estimate_record import EstimateRecord
from .estimate_update import EstimateUpdate
from .estimates_page import EstimatesPage
from .expense_account_ref import ExpenseAccountRef
from .expense_account_ref_input import ExpenseAccountRefInput
from .expense_line_add import ExpenseLineAdd
from .expense_line_add_billable_status import ExpenseLineAddBillableStatus
from .expense_line_mod import ExpenseLineMod
from .expense_line_mod_billable_status import ExpenseLineModBillableStatus
from .expense_line_ret import ExpenseLineRet
from .expense_line_ret_billable_status import ExpenseLineRetBillableStatus
from .fixed_asset_sales_info import FixedAssetSalesInfo
from .get_report_basis import GetReportBasis
from .get_report_summarize_by import GetReportSummarizeBy
from .health import Health
from .history_entry_out import HistoryEntryOut
from .http_validation_error import HTTPValidationError
from .income_account_ref import IncomeAccountRef
from .income_account_ref_input import IncomeAccountRefInput
from .inventory_adjustment_create import InventoryAdjustmentCreate
from .inventory_adjustment_line_add import InventoryAdjustmentLineAdd
from .inventory_adjustment_line_mod import InventoryAdjustmentLineMod
from .inventory_adjustment_line_ret import InventoryAdjustmentLineRet
from .inventory_adjustment_line_ret_serial_number_added_or_removed import (
    InventoryAdjustmentLineRetSerialNumberAddedOrRemoved,
)
from .inventory_adjustment_record import InventoryAdjustmentRecord
from .inventory_adjustment_update import InventoryAdjustmentUpdate
from .inventory_adjustments_page import InventoryAdjustmentsPage
from .inventory_site_location_ref import InventorySiteLocationRef
from .inventory_site_location_ref_input import InventorySiteLocationRefInput
from .inventory_site_ref import InventorySiteRef
from .inventory_site_ref_input import InventorySiteRefInput
from .invoice_create import InvoiceCreate
from .invoice_line_add import InvoiceLineAdd
from .invoice_line_add_option_for_price_rule_conflict import InvoiceLineAddOptionForPriceRuleConflict
from .invoice_line_group_add import InvoiceLineGroupAdd
from .invoice_line_group_mod import InvoiceLineGroupMod
from .invoice_line_group_ret import InvoiceLineGroupRet
from .invoice_line_mod import InvoiceLineMod
from .invoice_line_mod_option_for_price_rule_conflict import InvoiceLineModOptionForPriceRuleConflict
from .invoice_line_ret import InvoiceLineRet
from .invoice_record import InvoiceRecord
from .invoice_update import InvoiceUpdate
from .invoices_page import InvoicesPage
from .item_discount_record import ItemDiscountRecord
from .item_fixed_asset_record import ItemFixedAssetRecord
from .item_fixed_asset_record_acquired_as import ItemFixedAssetRecordAcquiredAs
from .item_group_line import ItemGroupLine
from .item_group_line_add import ItemGroupLineAdd
from .item_group_line_mod import ItemGroupLineMod
from .item_group_line_ret import ItemGroupLineRet
from .item_group_record import ItemGroupRecord
from .item_group_record_special_item_type import ItemGroupRecordSpecialItemType
from .item_group_ref import ItemGroupRef
from .item_group_ref_input import ItemGroupRefInput
from .item_inventory_assembly_line import ItemInventoryAssemblyLine
from .item_inventory_assembly_record import ItemInventoryAssemblyRecord
from .item_inventory_create import ItemInventoryCreate
from .item_inventory_record import ItemInventoryRecord
from .item_inventory_ref import ItemInventoryRef
from .item_inventory_update import ItemInventoryUpdate
from .item_line_add import ItemLineAdd
from .item_line_add_billable_status import ItemLineAddBillableStatus
from .item_line_mod import ItemLineMod
from .item_line_mod_billable_status import ItemLineModBillableStatus
from .item_line_ret import ItemLineRet
from .item_line_ret_billable_status import ItemLineRetBillableStatus
from .item_non_inventory_create import ItemNonInventoryCreate
from .item_non_inventory_record import ItemNonInventoryRecord
from .item_non_inventory_update import ItemNonInventoryUpdate
from .item_other_charge_create import ItemOtherChargeCreate
from .item_other_charge_record import ItemOtherChargeRecord
from .item_other_charge_record_special_item_type import ItemOtherChargeRecordSpecialItemType
from .item_other_charge_update import ItemOtherChargeUpdate
from .item_payment_record import ItemPaymentRecord
from .item_purchase_tax_ref import ItemPurchaseTaxRef
from .item_purchase_tax_ref_input import ItemPurchaseTaxRefInput
from .item_receipt_create import ItemReceiptCreate
from .item_receipt_record import ItemReceiptRecord
from .item_receipt_update import ItemReceiptUpdate
from .item_receipts_page import ItemReceiptsPage
from .item_ref import ItemRef
from .item_ref_input import ItemRefInput
from .item_sales_tax_create import ItemSalesTaxCreate
from .item_sales_tax_group_record import ItemSalesTaxGroupRecord
from .item_sales_tax_record import ItemSalesTaxRecord
from .item_sales_tax_ref import ItemSalesTaxRef
from .item_sales_tax_ref_input import ItemSalesTaxRefInput
from .item_sales_tax_update import ItemSalesTaxUpdate
from .item_service_create import ItemServiceCreate
from .item_service_record import ItemServiceRecord
from .item_service_update import ItemServiceUpdate
from .item_subtotal_record import ItemSubtotalRecord
from .item_subtotal_record_special_item_type import ItemSubtotalRecordSpecialItemType
from .items_page import ItemsPage
from .job_type_ref import JobTypeRef
from .job_type_ref_input import JobTypeRefInput
from .journal_credit_line import JournalCreditLine
from .journal_credit_line_billable_status import JournalCreditLineBillableStatus
from .journal_credit_line_input import JournalCreditLineInput
from .journal_credit_line_input_billable_status import JournalCreditLineInputBillableStatus
from .journal_debit_line import JournalDebitLine
from .journal_debit_line_billable_status import JournalDebitLineBillableStatus
from .journal_debit_line_input import JournalDebitLineInput
from .journal_debit_line_input_billable_status import JournalDebitLineInputBillableStatus
from .journal_entries_page import JournalEntriesPage
from .journal_entry_create import JournalEntryCreate
from .journal_entry_record import JournalEntryRecord
from .journal_entry_update import JournalEntryUpdate
from .journal_line_mod import JournalLineMod
from .journal_line_mod_billable_status import JournalLineModBillableStatus
from .journal_line_mod_journal_line_type import JournalLineModJournalLineType
from .legal_address import LegalAddress
from .liability_account_ref import LiabilityAccountRef
from .link_create import LinkCreate
from .link_list import LinkList
from .link_out import LinkOut
from .link_out_quickbooks_type_0 import LinkOutQuickbooksType0
from .link_out_sync import LinkOutSync
from .link_to_txn_input import LinkToTxnInput
from .link_update import LinkUpdate
from .linked_txn import LinkedTxn
from .linked_txn_link_type import LinkedTxnLinkType
from .linked_txn_txn_type import LinkedTxnTxnType
from .list_accounts_active import ListAccountsActive
from .list_bills_paid import ListBillsPaid
from .list_classes_active import ListClassesActive
from .list_customers_active import ListCustomersActive
from .list_employees_active import ListEmployeesActive
from .list_invoices_paid import ListInvoicesPaid
from .list_items_active import ListItemsActive
from .list_other_names_active import ListOtherNamesActive
from .list_payment_methods_active import ListPaymentMethodsActive
from .list_price_levels_active import ListPriceLevelsActive
from .list_sales_tax_codes_active import ListSalesTaxCodesActive
from .list_terms_active import ListTermsActive
from .list_vendors_active import ListVendorsActive
from .lot_number_adjustment_input import LotNumberAdjustmentInput
from .operation_list import OperationList
from .operation_out import OperationOut
from .operation_out_kind import OperationOutKind
from .operation_out_result_type_0 import OperationOutResultType0
from .operation_out_state import OperationOutState
from .other_name_address import OtherNameAddress
from .other_name_address_block import OtherNameAddressBlock
from .other_name_address_input import OtherNameAddressInput
from .other_name_create import OtherNameCreate
from .other_name_record import OtherNameRecord
from .other_name_update import OtherNameUpdate
from .other_names_page import OtherNamesPage
from .override_class_ref_input import OverrideClassRefInput
from .override_item_account_ref_input import OverrideItemAccountRefInput
from .override_uom_set_ref import OverrideUOMSetRef
from .override_uom_set_ref_input import OverrideUOMSetRefInput
from .parent_ref import ParentRef
from .parent_ref_input import ParentRefInput
from .passthrough_in import PassthroughIn
from .payee_entity_ref import PayeeEntityRef
from .payee_entity_ref_input import PayeeEntityRefInput
from .payment_method_create import PaymentMethodCreate
from .payment_method_create_payment_method_type import PaymentMethodCreatePaymentMethodType
from .payment_method_record import PaymentMethodRecord
from .payment_method_record_payment_method_type import PaymentMethodRecordPaymentMethodType
from .payment_method_ref import PaymentMethodRef
from .payment_method_ref_input import PaymentMethodRefInput
from .payment_methods_page import PaymentMethodsPage
from .payroll_item_wage_ref import PayrollItemWageRef
from .payroll_item_wage_ref_input import PayrollItemWageRefInput
from .pref_vendor_ref import PrefVendorRef
from .pref_vendor_ref_input import PrefVendorRefInput
from .preferred_payment_method_ref import PreferredPaymentMethodRef
from .preferred_payment_method_ref_input import PreferredPaymentMethodRefInput
from .prefill_account_ref import PrefillAccountRef
from .prefill_account_ref_input import PrefillAccountRefInput
from .price_level_create import PriceLevelCreate
from .price_level_per_item_input import PriceLevelPerItemInput
from .price_level_per_item_input_adjust_relative_to import PriceLevelPerItemInputAdjustRelativeTo
from .price_level_per_item_ret import PriceLevelPerItemRet
from .price_level_record import PriceLevelRecord
from .price_level_record_price_level_type import PriceLevelRecordPriceLevelType
from .price_level_ref import PriceLevelRef
from .price_level_ref_input import PriceLevelRefInput
from .price_level_update import PriceLevelUpdate
from .price_levels_page import PriceLevelsPage
from .primary_contact import PrimaryContact
from .primary_contact_input import PrimaryContactInput
from .primary_contact_input_relation import PrimaryContactInputRelation
from .primary_contact_relation import PrimaryContactRelation
from .purchase_order_create import PurchaseOrderCreate
from .purchase_order_line_add import PurchaseOrderLineAdd
from .purchase_order_line_group_add import PurchaseOrderLineGroupAdd
from .purchase_order_line_group_mod import PurchaseOrderLineGroupMod
from .purchase_order_line_group_ret import PurchaseOrderLineGroupRet
from .purchase_order_line_mod import PurchaseOrderLineMod
from .purchase_order_line_ret import PurchaseOrderLineRet
from .purchase_order_record import PurchaseOrderRecord
from .purchase_order_update import PurchaseOrderUpdate
from .purchase_orders_page import PurchaseOrdersPage
from .purchase_tax_code_ref import PurchaseTaxCodeRef
from .purchase_tax_code_ref_input import PurchaseTaxCodeRefInput
from .quantity_adjustment_input import QuantityAdjustmentInput
from .receive_payment_create import ReceivePaymentCreate
from .receive_payment_record import ReceivePaymentRecord
from .receive_payment_update import ReceivePaymentUpdate
from .receive_payments_page import ReceivePaymentsPage
from .report import Report
from .report_basis_type_0 import ReportBasisType0
from .report_column import ReportColumn
from .report_column_type import ReportColumnType
from .report_period import ReportPeriod
from .report_row import ReportRow
from .report_row_kind import ReportRowKind
from .report_total import ReportTotal
from .sales_and_purchase import SalesAndPurchase
from .sales_and_purchase_input import SalesAndPurchaseInput
from .sales_and_purchase_mod import SalesAndPurchaseMod
from .sales_or_purchase import SalesOrPurchase
from .sales_or_purchase_input import SalesOrPurchaseInput
from .sales_or_purchase_mod import SalesOrPurchaseMod
from .sales_order_create import SalesOrderCreate
from .sales_order_line_add import SalesOrderLineAdd
from .sales_order_line_add_option_for_price_rule_conflict import SalesOrderLineAddOptionForPriceRuleConflict
from .sales_order_line_group_add import SalesOrderLineGroupAdd
from .sales_order_line_group_mod import SalesOrderLineGroupMod
from .sales_order_line_group_ret import SalesOrderLineGroupRet
from .sales_order_line_mod import SalesOrderLineMod
from .sales_order_line_mod_option_for_price_rule_conflict import SalesOrderLineModOptionForPriceRuleConflict
from .sales_order_line_ret import SalesOrderLineRet
from .sales_order_record import SalesOrderRecord
from .sales_order_update import SalesOrderUpdate
from .sales_orders_page import SalesOrdersPage
from .sales_receipt_create import SalesReceiptCreate
from .sales_receipt_line_add import SalesReceiptLineAdd
from .sales_receipt_line_add_option_for_price_rule_conflict import SalesReceiptLineAddOptionForPriceRuleConflict
from .sales_receipt_line_group_add import SalesReceiptLineGroupAdd
from .sales_receipt_line_group_mod import SalesReceiptLineGroupMod
from .sales_receipt_line_group_ret import SalesReceiptLineGroupRet
from .sales_receipt_line_mod import SalesReceiptLineMod
from .sales_receipt_line_mod_option_for_price_rule_conflict import SalesReceiptLineModOptionForPriceRuleConflict
from .sales_receipt_line_ret import SalesReceiptLineRet
from .sales_receipt_record import SalesReceiptRecord
from .sales_receipt_update import SalesReceiptUpdate
from .sales_receipts_page import SalesReceiptsPage
from .sales_rep_ref import SalesRepRef
from .sales_rep_ref_input import SalesRepRefInput
from .sales_tax_code_create import SalesTaxCodeCreate
from .sales_tax_code_record import SalesTaxCodeRecord
from .sales_tax_code_ref import SalesTaxCodeRef
from .sales_tax_code_ref_input import SalesTaxCodeRefInput
from .sales_tax_code_update import SalesTaxCodeUpdate
from .sales_tax_codes_page import SalesTaxCodesPage
from .sales_tax_line_add import SalesTaxLineAdd
from .sales_tax_line_ret import SalesTaxLineRet
from .sales_tax_return_line_ref import SalesTaxReturnLineRef
from .sales_tax_return_line_ref_input import SalesTaxReturnLineRefInput
from .sales_tax_return_ref import SalesTaxReturnRef
from .sales_tax_return_ref_input import SalesTaxReturnRefInput
from .secondary_contact import SecondaryContact
from .secondary_contact_input import SecondaryContactInput
from .secondary_contact_input_relation import SecondaryContactInputRelation
from .secondary_contact_relation import SecondaryContactRelation
from .secret_rotation import SecretRotation
from .serial_number_adjustment_input import SerialNumberAdjustmentInput
from .service import Service
from .service_service_status import ServiceServiceStatus
from .set_credit_input import SetCreditInput
from .setup_session_out import SetupSessionOut
from .setup_session_revoked import SetupSessionRevoked
from .setup_sessions_revoked import SetupSessionsRevoked
from .ship_address import ShipAddress
from .ship_address_block import ShipAddressBlock
from .ship_address_input import ShipAddressInput
from .ship_method_ref import ShipMethodRef
from .ship_method_ref_input import ShipMethodRefInput
from .ship_to_address import ShipToAddress
from .ship_to_address_input import ShipToAddressInput
from .ship_to_entity_ref import ShipToEntityRef
from .ship_to_entity_ref_input import ShipToEntityRefInput
from .shipping_line_add import ShippingLineAdd
from .shipping_line_ret import ShippingLineRet
from .sick_hours import SickHours
from .sick_hours_accrual_period import SickHoursAccrualPeriod
from .sick_hours_input import SickHoursInput
from .sick_hours_input_accrual_period import SickHoursInputAccrualPeriod
from .standard_terms_create import StandardTermsCreate
from .standard_terms_record import StandardTermsRecord
from .subscribed_services import SubscribedServices
from .supervisor_ref import SupervisorRef
from .supervisor_ref_input import SupervisorRefInput
from .sync_started import SyncStarted
from .sync_window import SyncWindow
from .tax_line_info_ret import TaxLineInfoRet
from .tax_on_purchases_account_ref import TaxOnPurchasesAccountRef
from .tax_on_purchases_account_ref_input import TaxOnPurchasesAccountRefInput
from .tax_on_sales_account_ref import TaxOnSalesAccountRef
from .tax_on_sales_account_ref_input import TaxOnSalesAccountRefInput
from .tax_vendor_ref import TaxVendorRef
from .tax_vendor_ref_input import TaxVendorRefInput
from .template_ref import TemplateRef
from .template_ref_input import TemplateRefInput
from .tenant_create import TenantCreate
from .tenant_created import TenantCreated
from .tenant_created_status import TenantCreatedStatus
from .tenant_list import TenantList
from .tenant_out import TenantOut
from .tenant_out_status import TenantOutStatus
from .terms_page import TermsPage
from .terms_ref import TermsRef
from .terms_ref_input import TermsRefInput
from .transfer_create import TransferCreate
from .transfer_from_account_ref import TransferFromAccountRef
from .transfer_from_account_ref_input import TransferFromAccountRefInput
from .transfer_record import TransferRecord
from .transfer_to_account_ref import TransferToAccountRef
from .transfer_to_account_ref_input import TransferToAccountRefInput
from .transfer_update import TransferUpdate
from .transfers_page import TransfersPage
from .txn_line_detail import TxnLineDetail
from .txn_line_detail_input import TxnLineDetailInput
from .unit_of_measure_set_ref import UnitOfMeasureSetRef
from .unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput
from .vacation_hours import VacationHours
from .vacation_hours_accrual_period import VacationHoursAccrualPeriod
from .vacation_hours_input import VacationHoursInput
from .vacation_hours_input_accrual_period import VacationHoursInputAccrualPeriod
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .value_adjustment_input import ValueAdjustmentInput
from .vendor_address import VendorAddress
from .vendor_address_block import VendorAddressBlock
from .vendor_address_input import VendorAddressInput
from .vendor_create import VendorCreate
from .vendor_create_reporting_period import VendorCreateReportingPeriod
from .vendor_create_sales_tax_country import VendorCreateSalesTaxCountry
from .vendor_credit_create import VendorCreditCreate
from .vendor_credit_record import VendorCreditRecord
from .vendor_credit_update import VendorCreditUpdate
from .vendor_credits_page import VendorCreditsPage
from .vendor_record import VendorRecord
from .vendor_record_reporting_period import VendorRecordReportingPeriod
from .vendor_record_sales_tax_country import VendorRecordSalesTaxCountry
from .vendor_ref import VendorRef
from .vendor_ref_input import VendorRefInput
from .vendor_type_ref import VendorTypeRef
from .vendor_type_ref_input import VendorTypeRefInput
from .vendor_update import VendorUpdate
from .vendor_update_reporting_period import VendorUpdateReportingPeriod
from .vendor_update_sales_tax_country import VendorUpdateSalesTaxCountry
from .vendors_page import VendorsPage
from .waiting_out import WaitingOut
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_delivery_out import WebhookDeliveryOut
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_list import WebhookEndpointList
from .webhook_endpoint_out import WebhookEndpointOut
from .webhook_endpoint_update import WebhookEndpointUpdate

__all__ = (
    "AccountantCopy",
    "AccountCreate",
    "AccountCreateAccountType",
    "AccountCreateDetailAccountType",
    "AccountRecord",
    "AccountRecordAccountType",
    "AccountRecordCashFlowClassification",
    "AccountRecordDetailAccountType",
    "AccountRecordSpecialAccountType",
    "AccountRef",
    "AccountRefInput",
    "AccountsPage",
    "AccountUpdate",
    "AccountUpdateAccountType",
    "AdditionalContactRef",
    "AdditionalContactRefInput",
    "AdditionalNotesInput",
    "AdditionalNotesMod",
    "AdditionalNotesRet",
    "Address",
    "AddressBlock",
    "AddressInput",
    "APAccountRef",
    "APAccountRefInput",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyCreatedStatus",
    "ApiKeyList",
    "ApiKeyOut",
    "ApiKeyOutStatus",
    "AppliedToTxnAdd",
    "AppliedToTxnMod",
    "AppliedToTxnRet",
    "AppliedToTxnRetTxnType",
    "ApplyCheckToTxnAdd",
    "ApplyCheckToTxnMod",
    "ARAccountRef",
    "ARAccountRefInput",
    "AssetAccountRef",
    "AssetAccountRefInput",
    "BankAccountRef",
    "BankAccountRefInput",
    "BarCodeInput",
    "BillAddress",
    "BillAddressBlock",
    "BillAddressInput",
    "BillCreate",
    "BillingRateRef",
    "BillingRateRefInput",
    "BillPaymentCheckCreate",
    "BillPaymentCheckRecord",
    "BillPaymentCheckUpdate",
    "BillPaymentsPage",
    "BillRecord",
    "BillsPage",
    "BillUpdate",
    "CashBackInfoAdd",
    "CashBackInfoMod",
    "CashBackInfoRet",
    "CheckCreate",
    "CheckRecord",
    "ChecksPage",
    "CheckUpdate",
    "ClassCreate",
    "ClassesPage",
    "ClassRecord",
    "ClassRef",
    "ClassRefInput",
    "ClassUpdate",
    "COGSAccountRef",
    "COGSAccountRefInput",
    "CompanyAddressBlockForCustomer",
    "CompanyAddressForCustomer",
    "CompanyRecord",
    "CompanyRecordFirstMonthFiscalYear",
    "CompanyRecordFirstMonthIncomeTaxYear",
    "CompanyRecordTaxForm",
    "ContactsInput",
    "ContactsMod",
    "ContactsRet",
    "CreditCardChargeCreate",
    "CreditCardChargeRecord",
    "CreditCardChargesPage",
    "CreditCardChargeUpdate",
    "CreditCardCreditCreate",
    "CreditCardCreditRecord",
    "CreditCardCreditsPage",
    "CreditCardCreditUpdate",
    "CreditCardInfo",
    "CreditCardInfoInput",
    "CreditCardTxnInfo",
    "CreditCardTxnInfoInput",
    "CreditCardTxnInfoMod",
    "CreditCardTxnInputInfo",
    "CreditCardTxnInputInfoCreditCardTxnType",
    "CreditCardTxnInputInfoInput",
    "CreditCardTxnInputInfoInputCreditCardTxnType",
    "CreditCardTxnInputInfoInputTransactionMode",
    "CreditCardTxnInputInfoMod",
    "CreditCardTxnInputInfoModCreditCardTxnType",
    "CreditCardTxnInputInfoModTransactionMode",
    "CreditCardTxnInputInfoTransactionMode",
    "CreditCardTxnResultInfo",
    "CreditCardTxnResultInfoAvsStreet",
    "CreditCardTxnResultInfoAvsZip",
    "CreditCardTxnResultInfoCardSecurityCodeMatch",
    "CreditCardTxnResultInfoInput",
    "CreditCardTxnResultInfoInputAvsStreet",
    "CreditCardTxnResultInfoInputAvsZip",
    "CreditCardTxnResultInfoInputCardSecurityCodeMatch",
    "CreditCardTxnResultInfoInputPaymentStatus",
    "CreditCardTxnResultInfoMod",
    "CreditCardTxnResultInfoModAvsStreet",
    "CreditCardTxnResultInfoModAvsZip",
    "CreditCardTxnResultInfoModCardSecurityCodeMatch",
    "CreditCardTxnResultInfoModPaymentStatus",
    "CreditCardTxnResultInfoPaymentStatus",
    "CreditMemoCreate",
    "CreditMemoLineAdd",
    "CreditMemoLineGroupAdd",
    "CreditMemoLineGroupMod",
    "CreditMemoLineGroupRet",
    "CreditMemoLineMod",
    "CreditMemoLineRet",
    "CreditMemoRecord",
    "CreditMemosPage",
    "CreditMemoUpdate",
    "CurrencyRef",
    "CurrencyRefInput",
    "CustomerCreate",
    "CustomerCreateDeliveryMethod",
    "CustomerCreateJobStatus",
    "CustomerCreatePreferredDeliveryMethod",
    "CustomerCreateSalesTaxCountry",
    "CustomerMsgRef",
    "CustomerMsgRefInput",
    "CustomerRecord",
    "CustomerRecordDeliveryMethod",
    "CustomerRecordJobStatus",
    "CustomerRecordPreferredDeliveryMethod",
    "CustomerRecordSalesTaxCountry",
    "CustomerRef",
    "CustomerRefInput",
    "CustomerSalesTaxCodeRef",
    "CustomerSalesTaxCodeRefInput",
    "CustomersPage",
    "CustomerTypeRef",
    "CustomerTypeRefInput",
    "CustomerUpdate",
    "CustomerUpdateDeliveryMethod",
    "CustomerUpdateJobStatus",
    "CustomerUpdatePreferredDeliveryMethod",
    "CustomerUpdateSalesTaxCountry",
    "DataExt",
    "DataExtInput",
    "DataExtRet",
    "DataExtRetDataExtType",
    "DepositCreate",
    "DepositLineAdd",
    "DepositLineMod",
    "DepositLineRet",
    "DepositLineRetTxnType",
    "DepositRecord",
    "DepositsPage",
    "DepositToAccountRef",
    "DepositToAccountRefInput",
    "DepositUpdate",
    "DiscountAccountRef",
    "DiscountAccountRefInput",
    "DiscountClassRef",
    "DiscountClassRefInput",
    "DiscountLineAdd",
    "DiscountLineRet",
    "Earnings",
    "EarningsInput",
    "EmergencyContacts",
    "EmergencyContactsInput",
    "EmployeeAddress",
    "EmployeeAddressInput",
    "EmployeeCreate",
    "EmployeeCreateDisabled",
    "EmployeeCreateEmployeeType",
    "EmployeeCreateEthnicity",
    "EmployeeCreateExempt",
    "EmployeeCreateGender",
    "EmployeeCreateKeyEmployee",
    "EmployeeCreateMilitaryStatus",
    "EmployeeCreateOnFile",
    "EmployeeCreatePartOrFullTime",
    "EmployeeCreateUsCitizen",
    "EmployeeCreateUsVeteran",
    "EmployeePayrollInfo",
    "EmployeePayrollInfoInput",
    "EmployeePayrollInfoInputPayPeriod",
    "EmployeePayrollInfoInputUseTimeDataToCreatePaychecks",
    "EmployeePayrollInfoMod",
    "EmployeePayrollInfoModPayPeriod",
    "EmployeePayrollInfoModUseTimeDataToCreatePaychecks",
    "EmployeePayrollInfoPayPeriod",
    "EmployeePayrollInfoUseTimeDataToCreatePaychecks",
    "EmployeeRecord",
    "EmployeeRecordDisabled",
    "EmployeeRecordEmployeeType",
    "EmployeeRecordEthnicity",
    "EmployeeRecordExempt",
    "EmployeeRecordGender",
    "EmployeeRecordKeyEmployee",
    "EmployeeRecordMilitaryStatus",
    "EmployeeRecordOnFile",
    "EmployeeRecordPartOrFullTime",
    "EmployeeRecordUsCitizen",
    "EmployeeRecordUsVeteran",
    "EmployeesPage",
    "EmployeeUpdate",
    "EmployeeUpdateDisabled",
    "EmployeeUpdateEmployeeType",
    "EmployeeUpdateEthnicity",
    "EmployeeUpdateExempt",
    "EmployeeUpdateKeyEmployee",
    "EmployeeUpdateMilitaryStatus",
    "EmployeeUpdateOnFile",
    "EmployeeUpdatePartOrFullTime",
    "EmployeeUpdateUsCitizen",
    "EmployeeUpdateUsVeteran",
    "EntityRef",
    "EntityRefInput",
    "ErrorDetail",
    "ErrorOut",
    "EstimateCreate",
    "EstimateLineAdd",
    "EstimateLineAddOptionForPriceRuleConflict",
    "EstimateLineGroupAdd",
    "EstimateLineGroupMod",
    "EstimateLineGroupRet",
    "EstimateLineMod",
    "EstimateLineModOptionForPriceRuleConflict",
    "EstimateLineRet",
    "EstimateRecord",
    "EstimatesPage",
    "EstimateUpdate",
    "ExpenseAccountRef",
    "ExpenseAccountRefInput",
    "ExpenseLineAdd",
    "ExpenseLineAddBillableStatus",
    "ExpenseLineMod",
    "ExpenseLineModBillableStatus",
    "ExpenseLineRet",
    "ExpenseLineRetBillableStatus",
    "FixedAssetSalesInfo",
    "GetReportBasis",
    "GetReportSummarizeBy",
    "Health",
    "HistoryEntryOut",
    "HTTPValidationError",
    "IncomeAccountRef",
    "IncomeAccountRefInput",
    "InventoryAdjustmentCreate",
    "InventoryAdjustmentLineAdd",
    "InventoryAdjustmentLineMod",
    "InventoryAdjustmentLineRet",
    "InventoryAdjustmentLineRetSerialNumberAddedOrRemoved",
    "InventoryAdjustmentRecord",
    "InventoryAdjustmentsPage",
    "InventoryAdjustmentUpdate",
    "InventorySiteLocationRef",
    "InventorySiteLocationRefInput",
    "InventorySiteRef",
    "InventorySiteRefInput",
    "InvoiceCreate",
    "InvoiceLineAdd",
    "InvoiceLineAddOptionForPriceRuleConflict",
    "InvoiceLineGroupAdd",
    "InvoiceLineGroupMod",
    "InvoiceLineGroupRet",
    "InvoiceLineMod",
    "InvoiceLineModOptionForPriceRuleConflict",
    "InvoiceLineRet",
    "InvoiceRecord",
    "InvoicesPage",
    "InvoiceUpdate",
    "ItemDiscountRecord",
    "ItemFixedAssetRecord",
    "ItemFixedAssetRecordAcquiredAs",
    "ItemGroupLine",
    "ItemGroupLineAdd",
    "ItemGroupLineMod",
    "ItemGroupLineRet",
    "ItemGroupRecord",
    "ItemGroupRecordSpecialItemType",
    "ItemGroupRef",
    "ItemGroupRefInput",
    "ItemInventoryAssemblyLine",
    "ItemInventoryAssemblyRecord",
    "ItemInventoryCreate",
    "ItemInventoryRecord",
    "ItemInventoryRef",
    "ItemInventoryUpdate",
    "ItemLineAdd",
    "ItemLineAddBillableStatus",
    "ItemLineMod",
    "ItemLineModBillableStatus",
    "ItemLineRet",
    "ItemLineRetBillableStatus",
    "ItemNonInventoryCreate",
    "ItemNonInventoryRecord",
    "ItemNonInventoryUpdate",
    "ItemOtherChargeCreate",
    "ItemOtherChargeRecord",
    "ItemOtherChargeRecordSpecialItemType",
    "ItemOtherChargeUpdate",
    "ItemPaymentRecord",
    "ItemPurchaseTaxRef",
    "ItemPurchaseTaxRefInput",
    "ItemReceiptCreate",
    "ItemReceiptRecord",
    "ItemReceiptsPage",
    "ItemReceiptUpdate",
    "ItemRef",
    "ItemRefInput",
    "ItemSalesTaxCreate",
    "ItemSalesTaxGroupRecord",
    "ItemSalesTaxRecord",
    "ItemSalesTaxRef",
    "ItemSalesTaxRefInput",
    "ItemSalesTaxUpdate",
    "ItemServiceCreate",
    "ItemServiceRecord",
    "ItemServiceUpdate",
    "ItemsPage",
    "ItemSubtotalRecord",
    "ItemSubtotalRecordSpecialItemType",
    "JobTypeRef",
    "JobTypeRefInput",
    "JournalCreditLine",
    "JournalCreditLineBillableStatus",
    "JournalCreditLineInput",
    "JournalCreditLineInputBillableStatus",
    "JournalDebitLine",
    "JournalDebitLineBillableStatus",
    "JournalDebitLineInput",
    "JournalDebitLineInputBillableStatus",
    "JournalEntriesPage",
    "JournalEntryCreate",
    "JournalEntryRecord",
    "JournalEntryUpdate",
    "JournalLineMod",
    "JournalLineModBillableStatus",
    "JournalLineModJournalLineType",
    "LegalAddress",
    "LiabilityAccountRef",
    "LinkCreate",
    "LinkedTxn",
    "LinkedTxnLinkType",
    "LinkedTxnTxnType",
    "LinkList",
    "LinkOut",
    "LinkOutQuickbooksType0",
    "LinkOutSync",
    "LinkToTxnInput",
    "LinkUpdate",
    "ListAccountsActive",
    "ListBillsPaid",
    "ListClassesActive",
    "ListCustomersActive",
    "ListEmployeesActive",
    "ListInvoicesPaid",
    "ListItemsActive",
    "ListOtherNamesActive",
    "ListPaymentMethodsActive",
    "ListPriceLevelsActive",
    "ListSalesTaxCodesActive",
    "ListTermsActive",
    "ListVendorsActive",
    "LotNumberAdjustmentInput",
    "OperationList",
    "OperationOut",
    "OperationOutKind",
    "OperationOutResultType0",
    "OperationOutState",
    "OtherNameAddress",
    "OtherNameAddressBlock",
    "OtherNameAddressInput",
    "OtherNameCreate",
    "OtherNameRecord",
    "OtherNamesPage",
    "OtherNameUpdate",
    "OverrideClassRefInput",
    "OverrideItemAccountRefInput",
    "OverrideUOMSetRef",
    "OverrideUOMSetRefInput",
    "ParentRef",
    "ParentRefInput",
    "PassthroughIn",
    "PayeeEntityRef",
    "PayeeEntityRefInput",
    "PaymentMethodCreate",
    "PaymentMethodCreatePaymentMethodType",
    "PaymentMethodRecord",
    "PaymentMethodRecordPaymentMethodType",
    "PaymentMethodRef",
    "PaymentMethodRefInput",
    "PaymentMethodsPage",
    "PayrollItemWageRef",
    "PayrollItemWageRefInput",
    "PreferredPaymentMethodRef",
    "PreferredPaymentMethodRefInput",
    "PrefillAccountRef",
    "PrefillAccountRefInput",
    "PrefVendorRef",
    "PrefVendorRefInput",
    "PriceLevelCreate",
    "PriceLevelPerItemInput",
    "PriceLevelPerItemInputAdjustRelativeTo",
    "PriceLevelPerItemRet",
    "PriceLevelRecord",
    "PriceLevelRecordPriceLevelType",
    "PriceLevelRef",
    "PriceLevelRefInput",
    "PriceLevelsPage",
    "PriceLevelUpdate",
    "PrimaryContact",
    "PrimaryContactInput",
    "PrimaryContactInputRelation",
    "PrimaryContactRelation",
    "PurchaseOrderCreate",
    "PurchaseOrderLineAdd",
    "PurchaseOrderLineGroupAdd",
    "PurchaseOrderLineGroupMod",
    "PurchaseOrderLineGroupRet",
    "PurchaseOrderLineMod",
    "PurchaseOrderLineRet",
    "PurchaseOrderRecord",
    "PurchaseOrdersPage",
    "PurchaseOrderUpdate",
    "PurchaseTaxCodeRef",
    "PurchaseTaxCodeRefInput",
    "QuantityAdjustmentInput",
    "ReceivePaymentCreate",
    "ReceivePaymentRecord",
    "ReceivePaymentsPage",
    "ReceivePaymentUpdate",
    "Report",
    "ReportBasisType0",
    "ReportColumn",
    "ReportColumnType",
    "ReportPeriod",
    "ReportRow",
    "ReportRowKind",
    "ReportTotal",
    "SalesAndPurchase",
    "SalesAndPurchaseInput",
    "SalesAndPurchaseMod",
    "SalesOrderCreate",
    "SalesOrderLineAdd",
    "SalesOrderLineAddOptionForPriceRuleConflict",
    "SalesOrderLineGroupAdd",
    "SalesOrderLineGroupMod",
    "SalesOrderLineGroupRet",
    "SalesOrderLineMod",
    "SalesOrderLineModOptionForPriceRuleConflict",
    "SalesOrderLineRet",
    "SalesOrderRecord",
    "SalesOrdersPage",
    "SalesOrderUpdate",
    "SalesOrPurchase",
    "SalesOrPurchaseInput",
    "SalesOrPurchaseMod",
    "SalesReceiptCreate",
    "SalesReceiptLineAdd",
    "SalesReceiptLineAddOptionForPriceRuleConflict",
    "SalesReceiptLineGroupAdd",
    "SalesReceiptLineGroupMod",
    "SalesReceiptLineGroupRet",
    "SalesReceiptLineMod",
    "SalesReceiptLineModOptionForPriceRuleConflict",
    "SalesReceiptLineRet",
    "SalesReceiptRecord",
    "SalesReceiptsPage",
    "SalesReceiptUpdate",
    "SalesRepRef",
    "SalesRepRefInput",
    "SalesTaxCodeCreate",
    "SalesTaxCodeRecord",
    "SalesTaxCodeRef",
    "SalesTaxCodeRefInput",
    "SalesTaxCodesPage",
    "SalesTaxCodeUpdate",
    "SalesTaxLineAdd",
    "SalesTaxLineRet",
    "SalesTaxReturnLineRef",
    "SalesTaxReturnLineRefInput",
    "SalesTaxReturnRef",
    "SalesTaxReturnRefInput",
    "SecondaryContact",
    "SecondaryContactInput",
    "SecondaryContactInputRelation",
    "SecondaryContactRelation",
    "SecretRotation",
    "SerialNumberAdjustmentInput",
    "Service",
    "ServiceServiceStatus",
    "SetCreditInput",
    "SetupSessionOut",
    "SetupSessionRevoked",
    "SetupSessionsRevoked",
    "ShipAddress",
    "ShipAddressBlock",
    "ShipAddressInput",
    "ShipMethodRef",
    "ShipMethodRefInput",
    "ShippingLineAdd",
    "ShippingLineRet",
    "ShipToAddress",
    "ShipToAddressInput",
    "ShipToEntityRef",
    "ShipToEntityRefInput",
    "SickHours",
    "SickHoursAccrualPeriod",
    "SickHoursInput",
    "SickHoursInputAccrualPeriod",
    "StandardTermsCreate",
    "StandardTermsRecord",
    "SubscribedServices",
    "SupervisorRef",
    "SupervisorRefInput",
    "SyncStarted",
    "SyncWindow",
    "TaxLineInfoRet",
    "TaxOnPurchasesAccountRef",
    "TaxOnPurchasesAccountRefInput",
    "TaxOnSalesAccountRef",
    "TaxOnSalesAccountRefInput",
    "TaxVendorRef",
    "TaxVendorRefInput",
    "TemplateRef",
    "TemplateRefInput",
    "TenantCreate",
    "TenantCreated",
    "TenantCreatedStatus",
    "TenantList",
    "TenantOut",
    "TenantOutStatus",
    "TermsPage",
    "TermsRef",
    "TermsRefInput",
    "TransferCreate",
    "TransferFromAccountRef",
    "TransferFromAccountRefInput",
    "TransferRecord",
    "TransfersPage",
    "TransferToAccountRef",
    "TransferToAccountRefInput",
    "TransferUpdate",
    "TxnLineDetail",
    "TxnLineDetailInput",
    "UnitOfMeasureSetRef",
    "UnitOfMeasureSetRefInput",
    "VacationHours",
    "VacationHoursAccrualPeriod",
    "VacationHoursInput",
    "VacationHoursInputAccrualPeriod",
    "ValidationError",
    "ValidationErrorContext",
    "ValueAdjustmentInput",
    "VendorAddress",
    "VendorAddressBlock",
    "VendorAddressInput",
    "VendorCreate",
    "VendorCreateReportingPeriod",
    "VendorCreateSalesTaxCountry",
    "VendorCreditCreate",
    "VendorCreditRecord",
    "VendorCreditsPage",
    "VendorCreditUpdate",
    "VendorRecord",
    "VendorRecordReportingPeriod",
    "VendorRecordSalesTaxCountry",
    "VendorRef",
    "VendorRefInput",
    "VendorsPage",
    "VendorTypeRef",
    "VendorTypeRefInput",
    "VendorUpdate",
    "VendorUpdateReportingPeriod",
    "VendorUpdateSalesTaxCountry",
    "WaitingOut",
    "WebhookDeliveryList",
    "WebhookDeliveryOut",
    "WebhookEndpointCreate",
    "WebhookEndpointList",
    "WebhookEndpointOut",
    "WebhookEndpointUpdate",
)
